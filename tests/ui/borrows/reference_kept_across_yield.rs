use gen_core::generator;

#[generator]
fn first_then_rest() -> impl Iterator<Item = u32> {
    let numbers = vec![1, 2, 3];
    let first = &numbers[0];
    yield_!(0);
    yield_!(*first);
}

fn main() {
    let _ = first_then_rest();
}
