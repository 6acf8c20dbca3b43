//! An infinite prime generator.
//!
//! The generator keeps the primes found so far in a local `Vec` that lives
//! across every `yield_!`, and tests each candidate against them (trial
//! division up to the square root).
use gen_core::generator;

/// Yields 2, 3, 5, 7, 11, … forever.
#[generator]
fn primes() -> impl Iterator<Item = u64> {
    let mut found: Vec<u64> = Vec::new();
    let mut candidate = 2_u64;
    loop {
        let is_prime = found
            .iter()
            .take_while(|&&p| p * p <= candidate)
            .all(|&p| !candidate.is_multiple_of(p));
        if is_prime {
            found.push(candidate);
            yield_!(candidate);
        }
        candidate += 1;
    }
}

fn main() {
    let first: Vec<u64> = primes().take(20).collect();
    println!("first 20 primes: {first:?}");

    if let Some(p) = primes().nth(999) {
        println!("the 1000th prime: {p}");
    }
    if let Some(p) = primes().nth(10_000) {
        println!("the 10001st prime: {p}");
    }
    let below_100 = primes().take_while(|&p| p < 100).count();
    println!("primes below 100: {below_100}");

    let twins: Vec<(u64, u64)> = primes()
        .zip(primes().skip(1))
        .filter(|(p, q)| q - p == 2)
        .take(8)
        .collect();
    println!("first 8 twin primes: {twins:?}");
}
