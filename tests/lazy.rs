//! Rule 1, lazy start: calling a generator function runs none of its body; the
//! arguments are moved into the generator and the body starts on the first
//! `next()`.
use std::cell::RefCell;
use std::rc::Rc;

use gen_core::generator;

type Log = Rc<RefCell<Vec<String>>>;

fn push(log: &Log, entry: &str) {
    log.borrow_mut().push(entry.to_owned());
}

/// Records its id into the log when dropped.
struct Noisy(u32, Log);

impl Drop for Noisy {
    fn drop(&mut self) {
        push(&self.1, &format!("drop {}", self.0));
    }
}

#[generator]
fn logged(log: Log) -> impl Iterator<Item = u32> {
    push(&log, "start");
    yield_!(1);
    push(&log, "after 1");
    yield_!(2);
    push(&log, "end");
}

#[test]
fn rule_1_lazy_start_runs_nothing_until_next() {
    let log = Log::default();
    let mut g = logged(Rc::clone(&log));
    assert!(log.borrow().is_empty(), "the body ran before next()");
    assert_eq!(g.next(), Some(1));
    assert_eq!(*log.borrow(), ["start"]);
    assert_eq!(g.next(), Some(2));
    assert_eq!(*log.borrow(), ["start", "after 1"]);
    assert_eq!(g.next(), None);
    assert_eq!(*log.borrow(), ["start", "after 1", "end"]);
}

#[test]
fn rule_1_lazy_start_each_next_runs_only_up_to_the_next_yield() {
    let log = Log::default();
    let mut g = logged(Rc::clone(&log));
    assert_eq!(g.next(), Some(1));
    // Nothing after the first yield has run yet, however long we wait.
    assert_eq!(*log.borrow(), ["start"]);
    assert_eq!(*log.borrow(), ["start"]);
    drop(g);
    assert_eq!(
        *log.borrow(),
        ["start"],
        "dropping must not resume the body"
    );
}

#[generator]
fn panics_when_started(fail: bool) -> impl Iterator<Item = u8> {
    assert!(!fail, "body started");
    yield_!(1);
}

#[test]
fn rule_1_lazy_start_calling_does_not_run_a_panicking_body() {
    // Creating the generator must not panic: the body has not started.
    let g = panics_when_started(true);
    drop(g);
    assert_eq!(panics_when_started(false).collect::<Vec<_>>(), [1]);
}

#[test]
#[should_panic(expected = "body started")]
fn rule_1_lazy_start_the_body_runs_on_first_next() {
    let mut g = panics_when_started(true);
    let _ = g.next();
}

#[generator]
fn holds(first: Noisy, second: Noisy) -> impl Iterator<Item = u32> {
    yield_!(first.0);
    yield_!(second.0);
}

#[test]
fn rule_1_lazy_start_arguments_are_moved_into_the_generator() {
    let log = Log::default();
    let g = holds(Noisy(1, Rc::clone(&log)), Noisy(2, Rc::clone(&log)));
    // The arguments live in the generator, not dropped at the call.
    assert!(log.borrow().is_empty());
    drop(g);
    // An unresumed generator drops its arguments, each once, in the order a
    // function drops its parameters (reverse declaration order).
    assert_eq!(*log.borrow(), ["drop 2", "drop 1"]);
}

#[test]
fn rule_1_lazy_start_arguments_reach_the_body() {
    let log = Log::default();
    let items: Vec<u32> = holds(Noisy(7, Rc::clone(&log)), Noisy(8, Rc::clone(&log))).collect();
    assert_eq!(items, [7, 8]);
    // Each argument is dropped exactly once by the time the body finished.
    let mut drops = log.borrow().clone();
    drops.sort();
    assert_eq!(drops, ["drop 7", "drop 8"]);
}

#[generator]
fn counter(count: &std::cell::Cell<u32>) -> impl Iterator<Item = u32> + '_ {
    loop {
        count.set(count.get() + 1);
        yield_!(count.get());
    }
}

#[test]
fn rule_1_lazy_start_an_infinite_generator_runs_only_as_far_as_asked() {
    let count = std::cell::Cell::new(0);
    let g = counter(&count);
    assert_eq!(count.get(), 0);
    assert_eq!(g.take(3).collect::<Vec<_>>(), [1, 2, 3]);
    assert_eq!(
        count.get(),
        3,
        "the body ran further than the items asked for"
    );
}
