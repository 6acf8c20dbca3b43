//! Infinite Fibonacci: a generator that never finishes, bounded by the caller.
//!
//! The body is a bare `loop`; the caller decides how much it wants with
//! `take`, `take_while`, `nth` and friends, and only that much is computed.
use gen_core::generator;

/// Yields the Fibonacci numbers 0, 1, 1, 2, 3, 5, … without end.
///
/// `u64` holds the first 93 of them (up to F(92)); asking for more overflows.
#[generator]
fn fibonacci() -> impl Iterator<Item = u64> {
    let (mut a, mut b) = (0_u64, 1_u64);
    loop {
        yield_!(a);
        (a, b) = (b, a + b);
    }
}

fn main() {
    let first: Vec<u64> = fibonacci().take(20).collect();
    println!("first 20: {first:?}");

    let below_1000: Vec<u64> = fibonacci().take_while(|&n| n < 1000).collect();
    println!("below 1000: {below_1000:?}");

    let even_sum: u64 = fibonacci()
        .take_while(|&n| n < 4_000_000)
        .filter(|n| n % 2 == 0)
        .sum();
    println!("sum of the even ones below 4 million: {even_sum}");

    if let Some(f50) = fibonacci().nth(50) {
        println!("F(50) = {f50}");
    }
    if let Some((i, n)) = fibonacci()
        .enumerate()
        .find(|&(_, n)| n > 1_000_000_000_000)
    {
        println!("first above 10^12: F({i}) = {n}");
    }
}
