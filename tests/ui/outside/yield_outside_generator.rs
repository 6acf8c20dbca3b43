use gen_core::yield_;

fn numbers() -> impl Iterator<Item = u32> {
    yield_!(1);
    0..1
}

fn main() {
    let _ = numbers();
}
