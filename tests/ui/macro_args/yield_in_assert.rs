use gen_core::generator;

#[generator]
fn numbers(n: u32) -> impl Iterator<Item = u32> {
    assert!({ yield_!(n); n > 0 });
}

fn main() {
    let _ = numbers(1);
}
