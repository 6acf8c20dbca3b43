//! Rule 13, cost: a suspended generator is small, its size is that of its
//! largest suspension state (states overlap, as enum variants do), not the sum
//! of all kept locals. The no-allocation half of rule 13 needs a counting
//! `#[global_allocator]`, which needs `unsafe impl GlobalAlloc`, which this
//! package forbids; it lives in `tests/crates/edition2024/tests/no_alloc.rs`.
use std::mem::size_of_val;

use gen_core::generator;

#[generator]
fn fib() -> impl Iterator<Item = u64> {
    let (mut a, mut b) = (0, 1);
    loop {
        yield_!(a);
        (a, b) = (b, a + b);
    }
}

/// The same work written by hand, as the reference for size and output.
struct HandFib {
    a: u64,
    b: u64,
}

impl Iterator for HandFib {
    type Item = u64;

    fn next(&mut self) -> Option<u64> {
        let a = self.a;
        (self.a, self.b) = (self.b, self.a + self.b);
        Some(a)
    }
}

#[test]
fn rule_13_fibonacci_state_is_at_most_32_bytes() {
    let mut g = fib();
    let unresumed = size_of_val(&g);
    assert_eq!(g.next(), Some(0));
    assert_eq!(size_of_val(&g), unresumed);
    assert!(unresumed <= 32, "fib() is {unresumed} bytes");
    let hand = HandFib { a: 0, b: 1 };
    assert!(
        unresumed <= size_of_val(&hand) + 16,
        "fib() is {unresumed} bytes"
    );
}

#[test]
fn rule_13_fibonacci_matches_the_hand_written_iterator() {
    let hand = HandFib { a: 0, b: 1 };
    assert!(fib().take(50).eq(hand.take(50)));
}

#[generator]
fn no_locals() -> impl Iterator<Item = u8> {
    yield_!(1);
    yield_!(2);
    yield_!(3);
}

#[test]
fn rule_13_generator_without_kept_locals_is_tiny() {
    let g = no_locals();
    assert!(
        size_of_val(&g) <= 8,
        "no_locals() is {} bytes",
        size_of_val(&g)
    );
    assert_eq!(g.collect::<Vec<_>>(), [1, 2, 3]);
}

#[generator]
fn two_phases() -> impl Iterator<Item = u64> {
    {
        let first = [1_u64; 32];
        let mut i = 0;
        while i < first.len() {
            yield_!(first[i]);
            i += 1;
        }
    }
    {
        let second = [2_u64; 32];
        let mut j = 0;
        while j < second.len() {
            yield_!(second[j] * 10);
            j += 1;
        }
    }
}

#[test]
fn rule_13_states_overlap_size_is_the_largest_state_not_the_sum() {
    let mut g = two_phases();
    assert_eq!(g.next(), Some(1));
    let size = size_of_val(&g);
    // Each phase keeps a 256-byte array and an index; both phases together
    // would be at least 512 bytes.
    assert!(
        size >= 256,
        "two_phases() is {size} bytes: the array must be kept"
    );
    assert!(
        size < 512,
        "two_phases() is {size} bytes: states do not overlap"
    );
    let all: Vec<u64> = std::iter::once(1).chain(g).collect();
    assert_eq!(all.len(), 64);
    assert_eq!(all.iter().sum::<u64>(), 32 + 32 * 20);
}

#[generator]
fn count_up(start: u32, end: u32) -> impl Iterator<Item = u32> {
    let mut n = start;
    while n <= end {
        yield_!(n);
        n += 1;
    }
}

#[test]
fn rule_13_count_up_is_no_larger_than_its_arguments_and_a_tag() {
    let g = count_up(1, 3);
    // Kept: `n` and `end` (and `start` before the first resume): 12 bytes,
    // plus a state tag, rounded up to the alignment of `u32`.
    assert!(
        size_of_val(&g) <= 16,
        "count_up() is {} bytes",
        size_of_val(&g)
    );
    assert_eq!(g.collect::<Vec<_>>(), [1, 2, 3]);
}
