//! Counting up: the smallest generator.
//!
//! A `while` loop that hands out one number per `next()`. The result is an
//! ordinary `Iterator`, so it works with `for`, adapters and `collect`.
use gen_core::generator;

/// Yields `start`, `start + 1`, … up to and including `end`.
#[generator]
fn count_up(start: u32, end: u32) -> impl Iterator<Item = u32> {
    let mut n = start;
    while n <= end {
        yield_!(n);
        n += 1;
    }
}

fn main() {
    for n in count_up(1, 5) {
        println!("{n}");
    }
    let evens: Vec<u32> = count_up(1, 10).filter(|n| n % 2 == 0).collect();
    println!("evens in 1..=10: {evens:?}");
    println!("sum of 1..=100: {}", count_up(1, 100).sum::<u32>());
}
