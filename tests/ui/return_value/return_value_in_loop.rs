use gen_core::generator;

#[generator]
fn first_even(items: Vec<u32>) -> impl Iterator<Item = u32> {
    for x in items {
        if x % 2 == 0 {
            return x;
        }
        yield_!(x);
    }
}

fn main() {
    let _ = first_even(vec![1, 2]);
}
