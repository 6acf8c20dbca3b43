use gen_core::generator;

#[generator]
fn numbers(#[resume] first: u32) -> impl Iterator<Item = u32> {
    yield_!(first);
}

fn main() {
    let _ = numbers(1);
}
