//! A user crate on edition 2024.
#![forbid(unsafe_code)]
#![deny(warnings)]

use gen_core::generator;

/// Counts down from `n` to 1.
#[generator]
pub fn countdown(n: u32) -> impl Iterator<Item = u32> {
    let mut i = n;
    while i > 0 {
        yield_!(i);
        i -= 1;
    }
}
