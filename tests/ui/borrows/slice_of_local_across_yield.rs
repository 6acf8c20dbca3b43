use gen_core::generator;

#[generator]
fn windows() -> impl Iterator<Item = u32> {
    let numbers = vec![1, 2, 3];
    let rest = numbers.as_slice();
    yield_!(1);
    yield_!(rest.len() as u32);
}

fn main() {
    let _ = windows();
}
