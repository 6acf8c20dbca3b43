//! Rule 9, drop accounting: every kept value is dropped exactly once; dropping
//! a suspended generator drops kept values in reverse order of declaration, as
//! leaving a scope does; a local not mentioned after a yield is dropped when the
//! generator suspends there, while a `_`-prefixed local such as `_guard` is kept
//! to the end of its scope, as in plain Rust; a local overwritten right after
//! a yield, before any other use, is dead at that yield.
use std::cell::RefCell;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::rc::Rc;

use gen_core::generator;

type Log = Rc<RefCell<Vec<String>>>;

/// Records `drop <id>` into the shared log when dropped.
struct D {
    id: u32,
    log: Log,
}

impl D {
    fn new(log: &Log, id: u32) -> D {
        D {
            id,
            log: Rc::clone(log),
        }
    }
}

impl Drop for D {
    fn drop(&mut self) {
        self.log.borrow_mut().push(format!("drop {}", self.id));
    }
}

/// A use of a value after a yield, which makes it live across that yield.
fn touch(d: &D) -> u32 {
    d.id
}

fn consume(d: D) -> u32 {
    d.id
}

fn snapshot(log: &Log) -> Vec<String> {
    log.borrow().clone()
}

/// Each entry of the log, sorted: for checks that count drops, not order them.
fn sorted(log: &Log) -> Vec<String> {
    let mut entries = snapshot(log);
    entries.sort();
    entries
}

#[generator]
fn three_kept(log: Log) -> impl Iterator<Item = u32> {
    let a = D::new(&log, 1);
    let b = D::new(&log, 2);
    let c = D::new(&log, 3);
    yield_!(0);
    yield_!(touch(&a) + touch(&b) + touch(&c));
}

#[test]
fn rule_9_drop_suspended_generator_drops_kept_locals_in_reverse_declaration_order() {
    let log = Log::default();
    let mut g = three_kept(Rc::clone(&log));
    assert_eq!(g.next(), Some(0));
    assert!(snapshot(&log).is_empty(), "a kept local was dropped early");
    drop(g);
    assert_eq!(snapshot(&log), ["drop 3", "drop 2", "drop 1"]);
}

#[test]
fn rule_9_drop_finished_generator_dropped_each_value_exactly_once() {
    let log = Log::default();
    let mut g = three_kept(Rc::clone(&log));
    assert_eq!(g.by_ref().collect::<Vec<_>>(), [0, 6]);
    assert_eq!(sorted(&log), ["drop 1", "drop 2", "drop 3"]);
    assert_eq!(g.next(), None);
    drop(g);
    assert_eq!(sorted(&log), ["drop 1", "drop 2", "drop 3"]);
}

#[test]
fn rule_9_drop_unresumed_generator_drops_nothing_it_has_not_created() {
    let log = Log::default();
    drop(three_kept(Rc::clone(&log)));
    assert!(snapshot(&log).is_empty());
}

#[generator]
fn nested_scopes(log: Log) -> impl Iterator<Item = u32> {
    let a = D::new(&log, 1);
    {
        let _b = D::new(&log, 2);
        yield_!(1);
        yield_!(2);
    }
    yield_!(3);
    yield_!(touch(&a));
}

#[test]
fn rule_9_drop_suspended_in_an_inner_scope_drops_inner_then_outer() {
    let log = Log::default();
    let mut g = nested_scopes(Rc::clone(&log));
    assert_eq!(g.next(), Some(1));
    drop(g);
    assert_eq!(snapshot(&log), ["drop 2", "drop 1"]);
}

#[test]
fn rule_9_drop_inner_scope_local_dropped_when_its_block_ends() {
    let log = Log::default();
    let mut g = nested_scopes(Rc::clone(&log));
    assert_eq!(g.next(), Some(1));
    assert_eq!(g.next(), Some(2));
    assert!(snapshot(&log).is_empty());
    assert_eq!(g.next(), Some(3));
    assert_eq!(snapshot(&log), ["drop 2"]);
    drop(g);
    assert_eq!(snapshot(&log), ["drop 2", "drop 1"]);
}

#[generator]
fn params_and_locals(first: D, second: D) -> impl Iterator<Item = u32> {
    let local = D::new(&first.log, 3);
    yield_!(0);
    yield_!(touch(&first) + touch(&second) + touch(&local));
}

#[test]
fn rule_9_drop_suspended_generator_drops_locals_then_parameters_in_reverse() {
    let log = Log::default();
    let mut g = params_and_locals(D::new(&log, 1), D::new(&log, 2));
    assert_eq!(g.next(), Some(0));
    drop(g);
    assert_eq!(snapshot(&log), ["drop 3", "drop 2", "drop 1"]);
}

#[generator]
fn per_iteration(log: Log) -> impl Iterator<Item = u32> {
    for i in 0..3 {
        let x = D::new(&log, 10 + i);
        yield_!(i);
        yield_!(touch(&x));
    }
}

#[test]
fn rule_9_drop_loop_body_locals_once_per_iteration() {
    let log = Log::default();
    let mut g = per_iteration(Rc::clone(&log));
    assert_eq!(g.next(), Some(0));
    assert!(snapshot(&log).is_empty());
    assert_eq!(g.next(), Some(10));
    assert_eq!(g.next(), Some(1));
    assert_eq!(snapshot(&log), ["drop 10"]);
    drop(g);
    assert_eq!(snapshot(&log), ["drop 10", "drop 11"]);
}

#[generator]
fn not_mentioned_after(log: Log) -> impl Iterator<Item = u32> {
    let early = D::new(&log, 1);
    let kept = D::new(&log, 2);
    let seen = touch(&early);
    yield_!(seen);
    yield_!(touch(&kept));
    yield_!(3);
}

#[test]
fn rule_9_local_not_mentioned_after_a_yield_is_dropped_when_suspending_there() {
    let log = Log::default();
    let mut g = not_mentioned_after(Rc::clone(&log));
    assert_eq!(g.next(), Some(1));
    assert_eq!(snapshot(&log), ["drop 1"], "`early` should not be kept");
    assert_eq!(g.next(), Some(2));
    assert_eq!(snapshot(&log), ["drop 1", "drop 2"]);
    assert_eq!(g.next(), Some(3));
    assert_eq!(g.next(), None);
    assert_eq!(snapshot(&log), ["drop 1", "drop 2"]);
}

#[generator]
fn underscore_guard(log: Log) -> impl Iterator<Item = u32> {
    let _guard = D::new(&log, 1);
    let _ = D::new(&log, 2);
    yield_!(0);
    yield_!(1);
    {
        let _inner = D::new(&log, 3);
        yield_!(2);
    }
    yield_!(3);
}

#[test]
fn rule_9_underscore_local_is_kept_to_the_end_of_its_scope() {
    let log = Log::default();
    let mut g = underscore_guard(Rc::clone(&log));
    assert_eq!(g.next(), Some(0));
    // `let _ = …` binds nothing: the value is dropped at once, as in Rust.
    assert_eq!(snapshot(&log), ["drop 2"]);
    assert_eq!(g.next(), Some(1));
    assert_eq!(g.next(), Some(2));
    assert_eq!(
        snapshot(&log),
        ["drop 2"],
        "`_guard`/`_inner` dropped early"
    );
    assert_eq!(g.next(), Some(3));
    assert_eq!(snapshot(&log), ["drop 2", "drop 3"]);
    assert_eq!(g.next(), None);
    assert_eq!(snapshot(&log), ["drop 2", "drop 3", "drop 1"]);
}

#[test]
fn rule_9_underscore_guard_dropped_with_a_suspended_generator() {
    let log = Log::default();
    let mut g = underscore_guard(Rc::clone(&log));
    assert_eq!(g.next(), Some(0));
    assert_eq!(g.next(), Some(1));
    assert_eq!(g.next(), Some(2));
    drop(g);
    assert_eq!(snapshot(&log), ["drop 2", "drop 3", "drop 1"]);
}

#[generator]
fn guards_in_order(log: Log) -> impl Iterator<Item = u32> {
    let _a = D::new(&log, 1);
    let _b = D::new(&log, 2);
    let _c = D::new(&log, 3);
    yield_!(0);
}

#[test]
fn rule_9_guards_dropped_in_reverse_order_when_the_body_finishes() {
    let log = Log::default();
    let mut g = guards_in_order(Rc::clone(&log));
    assert_eq!(g.next(), Some(0));
    assert!(snapshot(&log).is_empty());
    assert_eq!(g.next(), None);
    assert_eq!(snapshot(&log), ["drop 3", "drop 2", "drop 1"]);
}

#[generator]
fn moved_on_one_path(log: Log, flag: bool) -> impl Iterator<Item = u32> {
    let a = D::new(&log, 1);
    if flag {
        let id = consume(a);
        yield_!(id);
    } else {
        yield_!(0);
        yield_!(consume(a));
    }
}

#[test]
fn rule_9_drop_a_value_moved_before_the_yield_is_not_dropped_again() {
    let log = Log::default();
    let mut g = moved_on_one_path(Rc::clone(&log), true);
    assert_eq!(g.next(), Some(1));
    assert_eq!(snapshot(&log), ["drop 1"]);
    drop(g);
    assert_eq!(snapshot(&log), ["drop 1"]);
}

#[test]
fn rule_9_drop_a_value_moved_after_the_yield_is_dropped_once_by_the_generator() {
    let log = Log::default();
    let mut g = moved_on_one_path(Rc::clone(&log), false);
    assert_eq!(g.next(), Some(0));
    assert!(snapshot(&log).is_empty());
    drop(g);
    assert_eq!(snapshot(&log), ["drop 1"]);

    let log = Log::default();
    let mut g = moved_on_one_path(Rc::clone(&log), false);
    assert_eq!(g.next(), Some(0));
    assert_eq!(g.next(), Some(1));
    assert_eq!(snapshot(&log), ["drop 1"]);
    drop(g);
    assert_eq!(snapshot(&log), ["drop 1"]);
}

#[generator]
fn reassigned(log: Log) -> impl Iterator<Item = u32> {
    let mut a = D::new(&log, 1);
    yield_!(touch(&a));
    // Overwritten right after the yield, before any other use: by the
    // documented rule `a` is dead at that yield, so it is dropped there.
    a = D::new(&log, 2);
    yield_!(touch(&a));
    // Read after the yield, then overwritten: kept across the yield, and the
    // old value is dropped by the assignment.
    let seen = touch(&a);
    a = D::new(&log, 3);
    yield_!(seen + touch(&a));
    yield_!(touch(&a));
}

#[test]
fn rule_9_drop_reassigning_a_local_drops_each_value_once() {
    let log = Log::default();
    let mut g = reassigned(Rc::clone(&log));
    assert_eq!(g.next(), Some(1));
    assert_eq!(snapshot(&log), ["drop 1"]);
    assert_eq!(g.next(), Some(2));
    assert_eq!(snapshot(&log), ["drop 1"]);
    assert_eq!(g.next(), Some(5));
    assert_eq!(snapshot(&log), ["drop 1", "drop 2"]);
    assert_eq!(g.next(), Some(3));
    assert_eq!(snapshot(&log), ["drop 1", "drop 2", "drop 3"]);
    assert_eq!(g.next(), None);
    assert_eq!(snapshot(&log), ["drop 1", "drop 2", "drop 3"]);
}

#[test]
fn rule_9_drop_a_reassigned_local_kept_across_a_yield_is_dropped_with_the_generator() {
    let log = Log::default();
    let mut g = reassigned(Rc::clone(&log));
    assert_eq!(g.next(), Some(1));
    assert_eq!(g.next(), Some(2));
    drop(g);
    assert_eq!(snapshot(&log), ["drop 1", "drop 2"]);
}

#[generator]
fn delegate_of_values(log: Log) -> impl Iterator<Item = u32> {
    yield_from!(
        (1..=4)
            .map(|i| D::new(&log, i))
            .collect::<Vec<_>>()
            .into_iter()
            .map(|d| d.id)
    );
}

#[test]
fn rule_9_drop_a_delegate_drops_its_remaining_items_once() {
    let log = Log::default();
    let mut g = delegate_of_values(Rc::clone(&log));
    assert_eq!(g.next(), Some(1));
    assert_eq!(snapshot(&log), ["drop 1"]);
    drop(g);
    assert_eq!(snapshot(&log), ["drop 1", "drop 2", "drop 3", "drop 4"]);
}

#[generator]
fn fails_with_kept_values(
    log: Log,
    input: &'static str,
) -> impl Iterator<Item = Result<u32, std::num::ParseIntError>> {
    let _guard = D::new(&log, 1);
    for part in input.split(',') {
        let item = D::new(&log, 10);
        let n: u32 = part.parse()?;
        yield_!(Ok(n + touch(&item)));
        yield_!(Ok(touch(&item)));
    }
}

#[test]
fn rule_9_drop_question_mark_finish_drops_every_live_value_once() {
    let log = Log::default();
    let mut g = fails_with_kept_values(Rc::clone(&log), "1,x");
    assert_eq!(g.next(), Some(Ok(11)));
    assert_eq!(g.next(), Some(Ok(10)));
    assert!(matches!(g.next(), Some(Err(_))));
    assert_eq!(sorted(&log), ["drop 1", "drop 10", "drop 10"]);
    assert_eq!(g.next(), None);
    drop(g);
    assert_eq!(sorted(&log), ["drop 1", "drop 10", "drop 10"]);
}

#[generator]
fn panics_with_kept_values(log: Log, at: u32) -> impl Iterator<Item = u32> {
    let outer = D::new(&log, 1);
    for i in 0..3 {
        let inner = D::new(&log, 10 + i);
        assert!(i != at, "at {i}");
        yield_!(i);
        yield_!(touch(&inner));
    }
    yield_!(touch(&outer));
}

#[test]
fn rule_9_drop_after_a_panic_every_value_is_dropped_exactly_once() {
    let log = Log::default();
    let mut g = panics_with_kept_values(Rc::clone(&log), 1);
    assert_eq!(g.next(), Some(0));
    assert_eq!(g.next(), Some(10));
    assert!(catch_unwind(AssertUnwindSafe(|| g.next())).is_err());
    assert_eq!(g.next(), None);
    drop(g);
    assert_eq!(sorted(&log), ["drop 1", "drop 10", "drop 11"]);
}
