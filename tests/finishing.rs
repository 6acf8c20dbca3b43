//! Rule 6, finishing: falling off the end or `return;` finishes the generator;
//! afterwards `next()` returns `None` forever without running any more of the
//! body, and the type implements `FusedIterator`.
use std::cell::Cell;
use std::iter::FusedIterator;

use gen_core::generator;

#[generator]
fn two(runs: &Cell<u32>) -> impl Iterator<Item = u32> + '_ {
    runs.set(runs.get() + 1);
    yield_!(1);
    runs.set(runs.get() + 1);
    yield_!(2);
    runs.set(runs.get() + 1);
}

#[test]
fn rule_6_none_forever_after_falling_off_the_end() {
    let runs = Cell::new(0);
    let mut g = two(&runs);
    assert_eq!(g.next(), Some(1));
    assert_eq!(g.next(), Some(2));
    assert_eq!(g.next(), None);
    assert_eq!(runs.get(), 3);
    for _ in 0..10 {
        assert_eq!(g.next(), None);
    }
    assert_eq!(runs.get(), 3, "the body ran again after finishing");
}

#[generator]
fn stops_early(stop_at: u32, runs: &Cell<u32>) -> impl Iterator<Item = u32> + '_ {
    for i in 0.. {
        runs.set(runs.get() + 1);
        if i == stop_at {
            return;
        }
        yield_!(i);
    }
}

#[test]
fn rule_6_none_forever_after_return() {
    let runs = Cell::new(0);
    let mut g = stops_early(2, &runs);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [0, 1]);
    assert_eq!(runs.get(), 3);
    for _ in 0..10 {
        assert_eq!(g.next(), None);
    }
    assert_eq!(runs.get(), 3, "the body ran again after `return`");
}

#[generator]
fn maybe_nothing(produce: bool) -> impl Iterator<Item = u32> {
    if produce {
        yield_!(1);
    }
}

#[test]
fn rule_6_a_generator_that_yields_nothing_is_finished_at_once() {
    let mut g = maybe_nothing(false);
    assert_eq!(g.next(), None);
    assert_eq!(g.next(), None);
    assert_eq!(maybe_nothing(true).collect::<Vec<_>>(), [1]);
}

fn assert_fused<I: FusedIterator>(iter: I) -> I {
    iter
}

// An `impl Iterator` return type hides every trait but `Iterator` and the
// auto traits, so the `FusedIterator` bound is checked through the
// `impl FusedIterator<Item = T>` return form the contract accepts.

#[generator]
fn declared_fused(n: u32) -> impl FusedIterator<Item = u32> {
    let mut i = 0;
    while i < n {
        yield_!(i);
        i += 1;
    }
}

#[test]
fn rule_6_fused_iterator_bound_is_met_by_an_impl_fused_iterator_generator() {
    let mut g = assert_fused(declared_fused(2));
    assert_eq!(g.next(), Some(0));
    assert_eq!(g.next(), Some(1));
    assert_eq!(g.next(), None);
    assert_eq!(g.next(), None);
}

#[test]
fn rule_6_fuse_adapter_agrees_with_the_generator() {
    let runs = Cell::new(0);
    let plain: Vec<Option<u32>> = {
        let mut g = two(&runs);
        (0..5).map(|_| g.next()).collect()
    };
    let fused: Vec<Option<u32>> = {
        let mut g = two(&runs).fuse();
        (0..5).map(|_| g.next()).collect()
    };
    assert_eq!(plain, [Some(1), Some(2), None, None, None]);
    assert_eq!(plain, fused);
}

#[generator]
fn declared_fused_borrowing(items: &[u32]) -> impl FusedIterator<Item = u32> {
    for x in items {
        yield_!(*x);
    }
}

#[test]
fn rule_6_fused_iterator_bound_with_a_borrowed_argument() {
    let data = [4, 5];
    let mut g = assert_fused(declared_fused_borrowing(&data));
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [4, 5]);
    assert_eq!(g.next(), None);
}

/// A closure kept across yields makes the generator re-dispatch internally
/// (see `share` in gen-macro): finished, it must still answer `None` at once.
#[generator]
fn doubled_rows(rows: Vec<Vec<u32>>) -> impl Iterator<Item = u32> {
    for row in rows {
        let cells = row.into_iter().map(|c| c * 2);
        for c in cells {
            yield_!(c);
        }
    }
}

#[test]
fn rule_3_finished_stays_finished_with_internal_states() {
    let mut g = doubled_rows(vec![vec![1], vec![2, 3]]);
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [2, 4, 6]);
    assert_eq!(g.next(), None);
    assert_eq!(g.next(), None);
}
