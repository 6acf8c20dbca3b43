use gen_core::yield_from;

fn main() {
    yield_from!(0..3);
}
