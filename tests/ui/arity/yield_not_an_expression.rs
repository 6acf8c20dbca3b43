use gen_core::generator;

#[generator]
fn numbers() -> impl Iterator<Item = u32> {
    yield_!(let x = 1);
}

fn main() {
    let _ = numbers();
}
