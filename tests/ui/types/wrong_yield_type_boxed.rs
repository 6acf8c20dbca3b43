use gen_core::generator;

#[generator]
fn numbers() -> Box<dyn Iterator<Item = u32>> {
    yield_!(1.5);
}

fn main() {
    let _ = numbers();
}
