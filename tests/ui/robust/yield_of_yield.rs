use gen_core::generator;

#[generator]
fn numbers() -> impl Iterator<Item = u32> {
    yield_!(yield_!(1));
}

fn main() {
    let _ = numbers();
}
