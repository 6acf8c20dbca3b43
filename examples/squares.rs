//! Squares without a list: a million values, one at a time.
//!
//! `sum()` pulls each square from the generator as it needs it, so no
//! `Vec` of a million elements is ever built; the suspended generator is a
//! few bytes, whatever `n` is.
use gen_core::generator;

/// Yields 1², 2², …, n².
#[generator]
fn squares(n: u64) -> impl Iterator<Item = u64> {
    for i in 1..=n {
        yield_!(i * i);
    }
}

fn main() {
    let n = 1_000_000_u64;

    let first: Vec<u64> = squares(10).collect();
    println!("first 10 squares: {first:?}");

    let sum: u64 = squares(n).sum();
    let formula = n * (n + 1) * (2 * n + 1) / 6;
    println!("sum of the first {n} squares: {sum}");
    println!("n(n+1)(2n+1)/6:                 {formula}");
    assert_eq!(sum, formula);

    let generator = squares(n);
    println!(
        "size of the generator for n = {n}: {} bytes (a Vec of them would be {} bytes)",
        std::mem::size_of_val(&generator),
        n * 8,
    );

    let odd_below_100: Vec<u64> = squares(n)
        .take_while(|&s| s < 100)
        .filter(|s| s % 2 == 1)
        .collect();
    println!("odd squares below 100: {odd_below_100:?}");
}
