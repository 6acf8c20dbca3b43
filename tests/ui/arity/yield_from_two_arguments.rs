use gen_core::generator;

#[generator]
fn numbers() -> impl Iterator<Item = u32> {
    yield_from!(0..2, 5..7);
}

fn main() {
    let _ = numbers();
}
