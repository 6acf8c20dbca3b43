#[generator]
fn odd_squares(n: u64) -> impl Iterator<Item = u64> {
    for x in 0..n {
        if x % 2 == 1 {
            yield_!(x * x);
        }
    }
}
