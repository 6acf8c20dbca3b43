use gen_core::generator;

#[generator]
fn numbers() -> &'static dyn Iterator<Item = u32> {
    yield_!(1);
}

fn main() {
    let _ = numbers();
}
