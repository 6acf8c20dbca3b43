//! Faults at run time (issue 5, part 3): a panic at every position a body can
//! panic from leaves the generator finished and leaks nothing.
//!
//! Every generator here calls `Probe::tick` at many places: in statements
//! before the first yield and between yields, inside yielded expressions and
//! operands, in the `next()` of an iterator that `yield_from!` delegates to,
//! in a nested generator, and in the `Drop` of every value it creates (kept
//! locals, locals dropped at a suspension point, loop locals, the delegate's
//! own values). A run first counts the ticks, then is repeated once per tick
//! with a panic at exactly that tick. After the panic, `next()` must return
//! `None`, and once the generator is dropped every value created must have
//! been dropped exactly once. The same is done for panics raised while a
//! suspended generator is being dropped.
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::rc::Rc;

use gen_core::generator;

#[derive(Default)]
struct State {
    ticks: u64,
    panic_at: Option<u64>,
    /// The value whose `Drop` the injected panic came from.
    fired_in_drop_of: Option<u32>,
    created: Vec<u32>,
    dropped: Vec<u32>,
}

/// Counts ticks and panics at the chosen one; records creations and drops.
#[derive(Clone, Default)]
struct Probe(Rc<RefCell<State>>);

impl Probe {
    fn with_panic_at(n: Option<u64>) -> Self {
        let p = Probe::default();
        p.0.borrow_mut().panic_at = n;
        p
    }

    fn tick(&self) {
        self.tick_in(None);
    }

    fn tick_in(&self, drop_of: Option<u32>) {
        let fire = {
            let mut s = self.0.borrow_mut();
            s.ticks += 1;
            let fire = s.panic_at == Some(s.ticks);
            if fire {
                s.fired_in_drop_of = drop_of;
            }
            fire
        };
        assert!(!fire, "fault injected");
    }

    /// A value, after a tick.
    fn val(&self, v: u32) -> u32 {
        self.tick();
        v
    }

    /// A new recorded value (the tick comes first, so a panic there creates
    /// nothing).
    fn d(&self, id: u32) -> D {
        self.tick();
        self.0.borrow_mut().created.push(id);
        D {
            id,
            probe: self.clone(),
        }
    }

    fn ticks(&self) -> u64 {
        self.0.borrow().ticks
    }

    /// Every value created was dropped exactly once.
    fn assert_no_leak(&self, context: &str) {
        let s = self.0.borrow();
        let mut count: BTreeMap<u32, i32> = BTreeMap::new();
        for id in &s.created {
            *count.entry(*id).or_default() += 1;
        }
        for id in &s.dropped {
            *count.entry(*id).or_default() -= 1;
        }
        let bad: Vec<_> = count.iter().filter(|(_, n)| **n != 0).collect();
        assert!(
            bad.is_empty(),
            "{context}: values not dropped exactly once (id, created - dropped): {bad:?}\n  created {:?}\n  dropped {:?}",
            s.created,
            s.dropped
        );
    }
}

/// Records its drop, then ticks: a panic inside `Drop`.
struct D {
    id: u32,
    probe: Probe,
}

impl D {
    /// A use of the value (keeps it alive to this point).
    fn touch(&self) {
        assert!(self.id > 0);
    }
}

impl Drop for D {
    fn drop(&mut self) {
        self.probe.0.borrow_mut().dropped.push(self.id);
        self.probe.tick_in(Some(self.id));
    }
}

/// An iterator that ticks in `next()` and owns a recorded value.
struct Bomb {
    probe: Probe,
    left: u32,
    _own: D,
}

impl Bomb {
    fn new(probe: &Probe, n: u32) -> Self {
        Bomb {
            probe: probe.clone(),
            left: n,
            _own: probe.d(50),
        }
    }
}

impl Iterator for Bomb {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        self.probe.tick();
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        Some(30 + self.left)
    }
}

#[generator]
fn inner(p: Probe) -> impl Iterator<Item = u32> {
    let k = p.d(100);
    yield_!(p.val(20));
    p.tick();
    yield_!(21);
    k.touch();
}

/// Ticks at every kind of position.
#[generator]
fn body(p: Probe) -> impl Iterator<Item = u32> {
    p.tick(); // before the first yield
    let a = p.d(1); // kept to the end
    let _named = p.d(2); // `_` name: kept to the end
    yield_!(1);
    let dead = p.d(3); // not mentioned after the next yield: dropped there
    dead.touch();
    yield_!(p.val(2)); // a tick inside the yielded expression
    for i in 0..3 {
        let c = p.d(10 + i); // dropped at the end of each iteration
        yield_!(i + p.val(0));
        p.tick();
        c.touch();
    }
    yield_from!(Bomb::new(&p, 3)); // a delegate that panics in next()
    yield_from!(inner(p.clone())); // a nested generator
    let x = p.val(5) + {
        yield_!(6);
        p.val(1)
    }; // an operand spilled across a yield
    yield_!(x);
    let b = p.d(4);
    match p.val(1) {
        1 => {
            let m = p.d(5);
            yield_!(7);
            m.touch();
        }
        _ => yield_!(0),
    }
    'outer: loop {
        let l = p.d(6);
        loop {
            yield_!(8);
            p.tick();
            break 'outer;
        }
        #[allow(unreachable_code)]
        l.touch();
    }
    b.touch();
    a.touch();
    p.tick(); // after the last yield
}

/// Same positions, in a `Result` generator whose `?` finishes it early.
#[generator]
fn with_try(p: Probe, fail_at: u32) -> impl Iterator<Item = Result<u32, String>> {
    let a = p.d(1);
    for i in 0..4 {
        let c = p.d(10 + i);
        let v = if i == fail_at {
            Err(format!("fail {i}"))
        } else {
            Ok(p.val(i))
        };
        yield_!(Ok(v?));
        c.touch();
    }
    a.touch();
    p.tick();
}

fn message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_default()
}

/// Runs `make` to the end once per tick, panicking at that tick, and checks
/// the generator is finished after the panic and leaks nothing.
fn panic_at_every_tick<T, G>(make: impl Fn(Probe) -> G) -> usize
where
    T: PartialEq + std::fmt::Debug,
    G: Iterator<Item = T>,
{
    let clean = Probe::with_panic_at(None);
    let want: Vec<T> = make(clean.clone()).collect();
    clean.assert_no_leak("no fault");
    let total = clean.ticks();
    assert!(total > 3, "too few ticks to be a useful test");
    // Every tick is tried; the failures are reported together.
    let mut failures = Vec::new();
    for n in 1..=total {
        let p = Probe::with_panic_at(Some(n));
        let mut g = make(p.clone());
        let mut got = Vec::new();
        let mut panicked = false;
        loop {
            match catch_unwind(AssertUnwindSafe(|| g.next())) {
                Ok(Some(v)) => got.push(v),
                Ok(None) => break,
                Err(e) => {
                    assert_eq!(message(&*e), "fault injected", "tick {n}");
                    panicked = true;
                    break;
                }
            }
        }
        assert!(panicked, "tick {n} of {total}: no panic");
        assert_eq!(
            got[..],
            want[..got.len()],
            "tick {n}: items before the panic"
        );
        let mut after_panic = Vec::new();
        for _ in 0..2 {
            match catch_unwind(AssertUnwindSafe(|| g.next())) {
                Ok(None) => {}
                Ok(Some(v)) => after_panic.push(format!("{v:?}")),
                Err(_) => after_panic.push("a second panic".into()),
            }
        }
        if !after_panic.is_empty() {
            failures.push(format!(
                "tick {n} of {total}: not finished after the panic: next() gave {after_panic:?}"
            ));
        }
        drop(g);
        let leak = catch_unwind(AssertUnwindSafe(|| {
            p.assert_no_leak(&format!("panic at tick {n} of {total}"));
        }));
        if let Err(e) = leak {
            failures.push(message(&*e));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    usize::try_from(total).unwrap_or(usize::MAX)
}

/// Takes `k` items for every `k`, then panics at every tick of dropping the
/// suspended generator.
fn panic_while_dropping<T, G>(make: impl Fn(Probe) -> G) -> usize
where
    G: Iterator<Item = T>,
{
    let len = make(Probe::default()).count();
    let mut cases = 0;
    for k in 0..=len {
        let clean = Probe::with_panic_at(None);
        let mut g = make(clean.clone());
        for _ in 0..k {
            assert!(g.next().is_some());
        }
        let before = clean.ticks();
        drop(g);
        clean.assert_no_leak(&format!("take({k}) then drop, no fault"));
        for n in before + 1..=clean.ticks() {
            let p = Probe::with_panic_at(Some(n));
            let mut g = make(p.clone());
            for _ in 0..k {
                assert!(g.next().is_some());
            }
            let r = catch_unwind(AssertUnwindSafe(move || drop(g)));
            assert!(r.is_err(), "take({k}), tick {n}: dropping did not panic");
            p.assert_no_leak(&format!("take({k}), panic at tick {n} while dropping"));
            cases += 1;
        }
    }
    cases
}

#[test]
fn panic_before_first_yield_finishes_and_leaks_nothing() {
    let p = Probe::with_panic_at(Some(1));
    let mut g = body(p.clone());
    assert!(catch_unwind(AssertUnwindSafe(|| g.next())).is_err());
    assert_eq!(g.next(), None);
    drop(g);
    p.assert_no_leak("panic before the first yield");
    assert!(p.0.borrow().created.is_empty());
}

#[test]
fn panic_at_every_position_of_the_body() {
    let ticks = panic_at_every_tick(body);
    assert!(ticks > 40, "{ticks} ticks");
}

#[test]
fn panic_inside_a_yield_from_delegate() {
    // Bomb yields 32, 31, 30; panic in its `next()` right after 32.
    let clean = Probe::default();
    let mut g = body(clean.clone());
    for v in g.by_ref() {
        if v == 32 {
            break;
        }
    }
    let inside = clean.ticks() + 1; // the next tick is Bomb::next's
    drop(g);
    let p = Probe::with_panic_at(Some(inside));
    let mut g = body(p.clone());
    let mut got = Vec::new();
    let r = catch_unwind(AssertUnwindSafe(|| {
        for v in g.by_ref() {
            got.push(v);
        }
    }));
    assert!(r.is_err());
    assert_eq!(got.last(), Some(&32));
    assert_eq!(g.next(), None);
    drop(g);
    p.assert_no_leak("panic in the delegate");
}

/// Panics in the `Drop` of value `id`, wherever the body drops it; returns
/// how many runs did.
fn panic_in_drop_of(id: u32) -> usize {
    let clean = Probe::default();
    let _ = body(clean.clone()).count();
    let mut found = 0;
    for t in 1..=clean.ticks() {
        let p = Probe::with_panic_at(Some(t));
        let mut g = body(p.clone());
        let r = catch_unwind(AssertUnwindSafe(|| while g.next().is_some() {}));
        assert!(r.is_err());
        if p.0.borrow().fired_in_drop_of == Some(id) {
            assert_eq!(g.next(), None);
            drop(g);
            p.assert_no_leak(&format!("panic in the Drop of value {id}"));
            found += 1;
        }
    }
    found
}

#[test]
fn panic_in_drop_of_a_kept_local_when_its_scope_ends() {
    // Values 10, 11, 12: loop locals kept across the loop's yield, dropped at
    // the end of their iteration.
    for id in [10, 11, 12] {
        assert_eq!(panic_in_drop_of(id), 1, "value {id}");
    }
    // Value 5: a match arm's local; value 6: a loop local left by `break 'outer`.
    assert_eq!(panic_in_drop_of(5), 1);
    assert_eq!(panic_in_drop_of(6), 1);
}

#[test]
fn panic_in_drop_of_a_kept_local_of_a_nested_generator() {
    assert_eq!(panic_in_drop_of(100), 1);
    // The delegate iterator's own value, dropped when it is exhausted.
    assert_eq!(panic_in_drop_of(50), 1);
}

#[test]
fn panic_at_every_position_with_try() {
    for fail_at in 0..=4 {
        panic_at_every_tick(|p| with_try(p, fail_at));
    }
}

#[test]
fn panic_while_dropping_a_suspended_generator() {
    let cases = panic_while_dropping(body);
    assert!(cases > 20, "{cases} cases");
    panic_while_dropping(|p| with_try(p, 2));
}

#[test]
fn panic_in_a_dead_local_dropped_at_suspension() {
    // Value 3 is not mentioned after `yield_!(p.val(2))`: the generator may
    // drop it when it suspends there.
    assert_eq!(panic_in_drop_of(3), 1);
}

/// Panics when dropped.
struct Bang;

impl Drop for Bang {
    fn drop(&mut self) {
        panic!("bang");
    }
}

#[generator]
fn dead_bang() -> impl Iterator<Item = u32> {
    let b = Bang;
    let _ = &b;
    yield_!(1); // `b` is not mentioned after this yield: dropped here
    yield_!(2);
}

#[test]
fn panic_in_drop_at_a_suspension_point_finishes_the_generator() {
    let mut g = dead_bang();
    assert!(catch_unwind(AssertUnwindSafe(|| g.next())).is_err());
    assert_eq!(g.next(), None, "the generator resumed after a panic");
}
