//! Rule 8, panics: a panic in the body propagates out of `next()`, and the
//! generator is finished afterwards.
use std::panic::{AssertUnwindSafe, catch_unwind};

use gen_core::generator;

#[generator]
fn panics_at(at: u32) -> impl Iterator<Item = u32> {
    for i in 0..5 {
        assert!(i != at, "boom at {i}");
        yield_!(i);
    }
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_owned()
    } else {
        String::from("<non-string payload>")
    }
}

#[test]
fn rule_8_panic_propagates_out_of_next_then_none() {
    let mut g = panics_at(2);
    assert_eq!(g.next(), Some(0));
    assert_eq!(g.next(), Some(1));
    let err = catch_unwind(AssertUnwindSafe(|| g.next())).expect_err("next() should panic");
    assert_eq!(panic_message(&*err), "boom at 2");
    assert_eq!(g.next(), None);
    assert_eq!(g.next(), None);
}

#[test]
fn rule_8_panic_on_the_first_next() {
    let mut g = panics_at(0);
    let err = catch_unwind(AssertUnwindSafe(|| g.next())).expect_err("next() should panic");
    assert_eq!(panic_message(&*err), "boom at 0");
    assert_eq!(g.next(), None);
}

#[test]
fn rule_8_no_panic_when_the_panicking_path_is_not_reached() {
    assert_eq!(panics_at(9).collect::<Vec<_>>(), [0, 1, 2, 3, 4]);
}

#[generator]
fn inner_panics() -> impl Iterator<Item = u32> {
    yield_!(1);
    panic!("inner");
}

#[generator]
fn delegates_to_panicking() -> impl Iterator<Item = u32> {
    yield_!(0);
    yield_from!(inner_panics());
    yield_!(2);
}

#[test]
fn rule_8_panic_in_a_delegate_propagates_and_finishes_the_outer_generator() {
    let mut g = delegates_to_panicking();
    assert_eq!(g.next(), Some(0));
    assert_eq!(g.next(), Some(1));
    let err = catch_unwind(AssertUnwindSafe(|| g.next())).expect_err("next() should panic");
    assert_eq!(panic_message(&*err), "inner");
    assert_eq!(g.next(), None);
}

#[test]
fn rule_8_panicked_generator_can_be_dropped() {
    let mut g = panics_at(1);
    assert_eq!(g.next(), Some(0));
    assert!(catch_unwind(AssertUnwindSafe(|| g.next())).is_err());
    drop(g);
}
