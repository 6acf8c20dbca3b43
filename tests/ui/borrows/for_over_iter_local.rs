use gen_core::generator;

#[generator]
fn doubled() -> impl Iterator<Item = u32> {
    let numbers = vec![1, 2, 3];
    for n in numbers.iter() {
        yield_!(n * 2);
    }
}

fn main() {
    let _ = doubled();
}
