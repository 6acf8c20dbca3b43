use gen_core::generator;

#[generator]
fn numbers() -> impl Iterator<Item = u32> {
    yield_!(1);
    yield_!(missing);
}

fn main() {
    let _ = numbers();
}
