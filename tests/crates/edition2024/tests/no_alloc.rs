//! Rule 13, cost: no heap allocation beyond the body's own, the boxing of
//! recursion, and a `Box<dyn …>` return. A counting `#[global_allocator]`
//! counts allocations made on the current thread while a generator runs.
//! It needs `unsafe impl GlobalAlloc`, which the root test package forbids, so
//! it lives in this user crate's own test.
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use gen_core::generator;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

fn count_one() {
    // `try_with`: the allocator also runs while thread-locals are torn down.
    let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
}

/// Counts every allocation and reallocation, then defers to `System`.
struct Counting;

// SAFETY: every method forwards to `System` with the caller's arguments.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count_one();
        // SAFETY: forwarded unchanged; the caller upholds `alloc`'s contract.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count_one();
        // SAFETY: as above.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count_one();
        // SAFETY: as above.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Runs `f` and returns how many allocations it made on this thread.
fn allocations_during<R>(f: impl FnOnce() -> R) -> (usize, R) {
    let before = ALLOCATIONS.with(Cell::get);
    let result = f();
    (ALLOCATIONS.with(Cell::get) - before, result)
}

#[generator]
fn fib() -> impl Iterator<Item = u64> {
    let (mut a, mut b) = (0, 1);
    loop {
        yield_!(a);
        (a, b) = (b, a + b);
    }
}

#[generator]
fn nested(n: u32) -> impl Iterator<Item = u32> {
    'outer: for i in 0..n {
        yield_!(i);
        for j in 0..n {
            for k in 0..j {
                if i + j + k > 3 * n {
                    break 'outer;
                }
                yield_!(i * j + k);
            }
        }
    }
}

#[generator]
fn windows(s: &[u32], n: usize) -> impl Iterator<Item = &[u32]> {
    let mut i = 0;
    while i + n <= s.len() {
        yield_!(&s[i..i + n]);
        i += 1;
    }
}

#[generator]
fn delegating(n: u32) -> impl Iterator<Item = u64> {
    yield_from!(0..u64::from(n));
    yield_from!([7, 8]);
    yield_from!(fib().take(5));
}

#[generator]
fn fallible(
    items: [&'static str; 3],
) -> impl Iterator<Item = Result<u32, std::num::ParseIntError>> {
    for s in items {
        yield_!(Ok(s.parse::<u32>()?));
    }
}

#[generator]
fn countdown(n: u32) -> impl Iterator<Item = u32> {
    if n > 0 {
        yield_!(n);
        yield_from!(countdown(n - 1));
    }
}

#[generator]
fn boxed(n: u32) -> Box<dyn Iterator<Item = u32>> {
    for i in 0..n {
        yield_!(i);
    }
}

#[test]
fn the_counter_sees_allocations() {
    let (count, v) = allocations_during(|| vec![1_u8, 2, 3]);
    assert_eq!(count, 1);
    assert_eq!(v.len(), 3);
}

#[test]
fn rule_13_no_allocation_fibonacci() {
    let (count, sum) = allocations_during(|| fib().take(60).fold(0_u64, u64::wrapping_add));
    assert_eq!(count, 0);
    assert!(sum > 0);
}

#[test]
fn rule_13_no_allocation_nested_loops_with_labels() {
    let (count, items) = allocations_during(|| nested(5).count());
    assert_eq!(count, 0);
    assert!(items > 0);
}

#[test]
fn rule_13_no_allocation_borrowed_windows() {
    let data = [1, 2, 3, 4, 5];
    let (count, total) = allocations_during(|| windows(&data, 2).map(|w| w[0] * w[1]).sum::<u32>());
    assert_eq!(count, 0);
    assert_eq!(total, 2 + 6 + 12 + 20);
}

#[test]
fn rule_13_no_allocation_delegating_to_non_recursive_iterators() {
    let (count, total) = allocations_during(|| delegating(3).sum::<u64>());
    assert_eq!(count, 0);
    assert_eq!(total, 3 + 15 + 7);
}

#[test]
fn rule_13_no_allocation_question_mark() {
    let (count, ok) =
        allocations_during(|| fallible(["1", "2", "3"]).filter(Result::is_ok).count());
    assert_eq!(count, 0);
    assert_eq!(ok, 3);
}

#[test]
fn rule_13_no_allocation_suspending_and_dropping_midway() {
    let (count, ()) = allocations_during(|| {
        let mut g = fib();
        g.nth(10);
        drop(g);
    });
    assert_eq!(count, 0);
}

#[test]
fn rule_13_recursion_allocates_one_box_per_level() {
    let (count, items) = allocations_during(|| countdown(4).count());
    assert_eq!(items, 4);
    // countdown(4) boxes countdown(3), (2), (1) and (0).
    assert_eq!(count, 4);
}

#[test]
fn rule_13_boxed_return_allocates_once() {
    let (count, sum) = allocations_during(|| boxed(10).sum::<u32>());
    assert_eq!(sum, 45);
    assert_eq!(count, 1);
}
