//! Counting up: the smallest generator.
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
}
