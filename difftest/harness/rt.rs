//! Runtime of a generated difftest batch crate (copied in by the runner):
//! the drop log, the `D` type that records its drops, the helpers the
//! programs call, and the comparison of a generator with its oracle
//! (`check` for iterators, `check_co` for coroutines).

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt::Debug;
use std::rc::Rc;

pub use gen_core::{Generator, GeneratorState};

/// One event of a run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ev {
    /// A `D` was created: (id, pinned).
    New(u32, bool),
    /// A `D` was dropped: (id, pinned).
    Drop(u32, bool),
    /// The consumer received an item (its `Debug` form).
    Y(String),
    /// A coroutine completed with this return value (its `Debug` form).
    Ret(String),
}

#[derive(Default)]
pub struct LogInner {
    pub events: Vec<Ev>,
    pub next: u32,
}

pub type Log = Rc<RefCell<LogInner>>;

/// A value whose creation and drop are logged.
pub struct D {
    id: u32,
    pinned: bool,
    log: Log,
}

impl D {
    pub fn new(log: &Log, pinned: bool) -> D {
        let mut l = log.borrow_mut();
        l.next += 1;
        let id = l.next;
        l.events.push(Ev::New(id, pinned));
        D { id, pinned, log: Rc::clone(log) }
    }
    pub fn v(&self) -> i64 {
        i64::from(self.id % 7)
    }
    pub fn touch(&self) {}
}

impl Drop for D {
    fn drop(&mut self) {
        self.log.borrow_mut().events.push(Ev::Drop(self.id, self.pinned));
    }
}

pub fn emit<T: Debug>(out: &mut Vec<T>, log: &Log, v: T) {
    log.borrow_mut().events.push(Ev::Y(format!("{v:?}")));
    out.push(v);
}

pub fn chk(v: i64) -> Result<i64, String> {
    if v.rem_euclid(17) == 3 { Err(format!("bad {v}")) } else { Ok(v) }
}

pub fn errv(v: i64) -> Result<i64, String> {
    Err(format!("e{v}"))
}

pub fn some_if(v: i64) -> Option<i64> {
    if v.rem_euclid(13) == 0 { None } else { Some(v) }
}

pub fn mix(a: i64, b: i64) -> i64 {
    a.wrapping_mul(31).wrapping_add(b)
}

pub fn after<T>(_: T, v: i64) -> i64 {
    v
}

pub fn sink(_: i64) {}

pub fn keep(v: i64, _: &[i64]) -> i64 {
    v
}

/// Takes a vector by value (an owned operand).
pub fn vlen(v: Vec<i64>, k: i64) -> i64 {
    v.len() as i64 + k
}

pub fn seq(n: i64) -> Vec<i64> {
    (0..n.rem_euclid(4)).map(|i| i.wrapping_mul(3).wrapping_add(n % 5)).collect()
}

pub fn oks(lo: i64, hi: i64) -> impl Iterator<Item = Result<i64, String>> {
    (lo..hi).map(Ok)
}

fn new_log() -> Log {
    Rc::new(RefCell::new(LogInner::default()))
}

fn events(log: &Log) -> Vec<Ev> {
    log.borrow().events.clone()
}

/// The events whose order must match Rust's exactly: items and pinned values.
fn pinned(evs: &[Ev]) -> Vec<Ev> {
    evs.iter()
        .filter(|e| !matches!(e, Ev::New(_, false) | Ev::Drop(_, false)))
        .cloned()
        .collect()
}

fn show(evs: &[Ev]) -> String {
    let parts: Vec<String> = evs
        .iter()
        .map(|e| match e {
            Ev::New(i, p) => format!("+{}{i}", if *p { "p" } else { "f" }),
            Ev::Drop(i, p) => format!("-{}{i}", if *p { "p" } else { "f" }),
            Ev::Y(s) => format!("Y({s})"),
            Ev::Ret(s) => format!("RET({s})"),
        })
        .collect();
    let s = parts.join(" ");
    if s.len() > 1500 { format!("{}…", &s[..1500]) } else { s }
}

fn diff(what: &str, got: &[Ev], want: &[Ev]) -> Result<(), String> {
    if got == want {
        return Ok(());
    }
    let at = got.iter().zip(want).take_while(|(a, b)| a == b).count();
    let from = at.saturating_sub(6);
    Err(format!(
        "{what}: first difference at event {at}\n  generator: … {}\n  oracle:    … {}",
        show(&got[from..got.len().min(at + 8)]),
        show(&want[from..want.len().min(at + 8)])
    ))
}

/// Every created value is dropped exactly once, and nothing else is dropped.
fn exactly_once(evs: &[Ev], who: &str) -> Result<(), String> {
    let mut state: HashMap<u32, u32> = HashMap::new();
    for e in evs {
        match e {
            Ev::New(i, _) => {
                if state.insert(*i, 0).is_some() {
                    return Err(format!("{who}: value {i} created twice"));
                }
            }
            Ev::Drop(i, _) => match state.get_mut(i) {
                Some(n) => {
                    *n += 1;
                    if *n > 1 {
                        return Err(format!("{who}: value {i} dropped twice: {}", show(evs)));
                    }
                }
                None => return Err(format!("{who}: value {i} dropped but never created")),
            },
            Ev::Y(_) | Ev::Ret(_) => {}
        }
    }
    let mut leaked: Vec<u32> = state.iter().filter(|(_, n)| **n == 0).map(|(i, _)| *i).collect();
    if !leaked.is_empty() {
        leaked.sort_unstable();
        return Err(format!("{who}: values {leaked:?} never dropped (leak): {}", show(evs)));
    }
    Ok(())
}

/// For each event, how many items had been handed out before it.
fn yield_counts(evs: &[Ev]) -> HashMap<(u32, bool), usize> {
    // key: (id, is_drop)
    let mut out = HashMap::new();
    let mut n = 0;
    for e in evs {
        match e {
            Ev::Y(_) | Ev::Ret(_) => n += 1,
            Ev::New(i, _) => {
                out.insert((*i, false), n);
            }
            Ev::Drop(i, _) => {
                out.insert((*i, true), n);
            }
        }
    }
    out
}

/// Free (not pinned) values may be dropped earlier than Rust drops them (the
/// generator drops a local that is not mentioned after a yield when it
/// suspends there), but never later: a value the oracle dropped before its
/// n-th item must be dropped by the generator before its n-th item too.
/// Both runs must create the same free values at the same points.
fn free_timing(gen_evs: &[Ev], oracle_evs: &[Ev]) -> Result<(), String> {
    let g = yield_counts(gen_evs);
    let o = yield_counts(oracle_evs);
    for e in oracle_evs {
        match e {
            Ev::New(i, false) => {
                if g.get(&(*i, false)) != o.get(&(*i, false)) {
                    return Err(format!(
                        "free value {i}: created after {:?} items by the generator, {:?} by the oracle",
                        g.get(&(*i, false)),
                        o.get(&(*i, false))
                    ));
                }
            }
            Ev::Drop(i, false) => {
                let want = o[&(*i, true)];
                match g.get(&(*i, true)) {
                    Some(got) if *got <= want => {}
                    got => {
                        return Err(format!(
                            "free value {i}: dropped after {got:?} items by the generator, after {want} by the oracle (later than Rust)"
                        ));
                    }
                }
            }
            _ => {}
        }
    }
    Ok(())
}

const MAX_ITEMS: usize = 100_000;

/// Drives a fresh generator: `take` items (all when `None`), then drops it.
/// Returns the items, the events up to the last item, and all events.
fn drive<T: Debug, G: Iterator<Item = T>>(
    make: &impl Fn(Log) -> G,
    take: Option<usize>,
) -> Result<(Vec<T>, Vec<Ev>, Vec<Ev>), String> {
    let log = new_log();
    let mut g = make(Rc::clone(&log));
    if !log.borrow().events.is_empty() {
        return Err(format!("not lazy: calling the function ran the body: {}", show(&events(&log))));
    }
    let mut items = Vec::new();
    let limit = take.unwrap_or(MAX_ITEMS);
    while items.len() < limit {
        match g.next() {
            Some(v) => {
                log.borrow_mut().events.push(Ev::Y(format!("{v:?}")));
                items.push(v);
            }
            None => break,
        }
    }
    if take.is_none() {
        if items.len() >= MAX_ITEMS {
            return Err("more than 100000 items".into());
        }
        for _ in 0..2 {
            if let Some(v) = g.next() {
                return Err(format!("not fused: {v:?} after None"));
            }
        }
    } else if items.len() < limit {
        return Err(format!("finished after {} items, asked for {limit}", items.len()));
    }
    let before = events(&log);
    drop(g);
    Ok((items, before, events(&log)))
}

/// Compares a generator with its eager oracle. Returns the number of items.
pub fn check<T: Debug + PartialEq, G: Iterator<Item = T>>(
    make: impl Fn(Log) -> G,
    oracle: impl Fn(Log, &mut Vec<T>),
) -> Result<usize, String> {
    let olog = new_log();
    let mut want = Vec::new();
    let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        oracle(Rc::clone(&olog), &mut want);
    }));
    if ran.is_err() {
        return Err("ORACLE panicked (tester bug)".into());
    }
    let oevs = events(&olog);
    exactly_once(&oevs, "ORACLE (tester bug)")?;

    // The whole sequence.
    let (items, _, gevs) = drive(&make, None)?;
    if items != want {
        return Err(format!(
            "items differ (generator {} items, oracle {}):\n  generator: {:?}\n  oracle:    {:?}",
            items.len(),
            want.len(),
            Trunc(&items),
            Trunc(&want)
        ));
    }
    diff("full run, order of items and pinned drops", &pinned(&gevs), &pinned(&oevs))?;
    exactly_once(&gevs, "full run")?;
    free_timing(&gevs, &oevs)?;

    // Prefixes: take k items, then drop the generator.
    let n = want.len();
    for k in prefixes(want.len()) {
        let (items, before, gevs) = drive(&make, Some(k)).map_err(|e| format!("take({k}): {e}"))?;
        if items[..] != want[..k] {
            return Err(format!("take({k}): items differ"));
        }
        check_prefix(k, &before, &gevs, &oevs)?;
    }
    Ok(n)
}

/// The numbers of items after which a run is cut short and its generator
/// dropped.
fn prefixes(n: usize) -> Vec<usize> {
    let mut ks: Vec<usize> = (0..=n.min(40)).collect();
    ks.extend([n / 3, n / 2, n.saturating_sub(1), n]);
    ks.sort_unstable();
    ks.dedup();
    ks
}

/// Checks a run cut short after `k` items: `before` are its events up to
/// its last item, `gevs` all of them (the drop of the suspended generator
/// included), `oevs` the oracle's whole run.
fn check_prefix(k: usize, before: &[Ev], gevs: &[Ev], oevs: &[Ev]) -> Result<(), String> {
    // The oracle's events up to and including its k-th item.
    let end = if k == 0 {
        0
    } else {
        let mut seen = 0;
        let mut end = oevs.len();
        for (i, e) in oevs.iter().enumerate() {
            if matches!(e, Ev::Y(_)) {
                seen += 1;
                if seen == k {
                    end = i + 1;
                    break;
                }
            }
        }
        end
    };
    let prefix = &oevs[..end];
    diff(&format!("take({k}), events before the drop"), &pinned(before), &pinned(prefix))?;
    // Dropping the suspended generator drops the live pinned values in
    // reverse order of creation (inner scopes first, as leaving scopes does).
    let mut live: Vec<u32> = Vec::new();
    for e in prefix {
        match e {
            Ev::New(i, true) => live.push(*i),
            Ev::Drop(i, true) => live.retain(|x| x != i),
            _ => {}
        }
    }
    let expect: Vec<Ev> = live.iter().rev().map(|i| Ev::Drop(*i, true)).collect();
    diff(
        &format!("take({k}), drops when the suspended generator is dropped"),
        &pinned(&gevs[before.len()..]),
        &expect,
    )?;
    exactly_once(gevs, &format!("take({k}) then drop"))?;
    free_timing(gevs, prefix)
}

struct Trunc<'a, T>(&'a [T]);

impl<T: Debug> Debug for Trunc<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.0.len() > 30 {
            write!(f, "{:?} … ({} more)", &self.0[..30], self.0.len() - 30)
        } else {
            write!(f, "{:?}", self.0)
        }
    }
}

/// Runs one check, catching panics, and prints its `RESULT` line.
pub fn run_one(index: usize, f: impl FnOnce() -> Result<usize, String>) -> bool {
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    let line = match r {
        Ok(Ok(n)) => format!("RESULT {index} OK {n}"),
        Ok(Err(e)) => format!("RESULT {index} FAIL {}", e.replace('\n', "\\n")),
        Err(p) => {
            let msg = p
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_default();
            format!("RESULT {index} FAIL panicked: {}", msg.replace('\n', "\\n"))
        }
    };
    println!("{line}");
    line.contains(" OK ")
}

/// Runs the oracle alone (checks the tester's own programs: they compile,
/// end, and drop every value exactly once).
pub fn check_oracle<T: Debug>(oracle: impl Fn(Log, &mut Vec<T>)) -> Result<usize, String> {
    let olog = new_log();
    let mut want = Vec::new();
    let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        oracle(Rc::clone(&olog), &mut want);
    }));
    if ran.is_err() {
        return Err("ORACLE panicked (tester bug)".into());
    }
    exactly_once(&events(&olog), "ORACLE (tester bug)")?;
    Ok(want.len())
}

// ---------------------------------------------------------------------------
// Coroutines.

/// Resume value `i` of the sequence seeded with `seed`: small numbers, some
/// negative, so that conditions on them go both ways.
pub fn rv(seed: u64, i: usize) -> i64 {
    let mut z = seed ^ (i as u64).wrapping_add(1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^= z >> 31;
    (z % 16) as i64 - 3
}

/// A resume type: `i64` (the values of [`rv`]) or `()`.
pub trait Resume: Copy {
    fn nth(seed: u64, i: usize) -> Self;
}

impl Resume for i64 {
    fn nth(seed: u64, i: usize) -> i64 {
        rv(seed, i)
    }
}

impl Resume for () {
    fn nth(_: u64, _: usize) {}
}

/// The eager oracle's side of a coroutine run: records what the body yields
/// and hands out the same resume values, in the same order, as the driver of
/// the generator form.
pub struct Co {
    log: Log,
    seed: u64,
    next: usize,
    out: Vec<i64>,
}

impl Co {
    /// The first resume value (bound by `#[resume]`).
    pub fn first(&mut self) -> i64 {
        self.next = 1;
        rv(self.seed, 0)
    }

    /// `yield_!(v)`: records `v`, evaluates to the next resume value.
    pub fn y(&mut self, v: i64) -> i64 {
        self.log.borrow_mut().events.push(Ev::Y(format!("{v:?}")));
        self.out.push(v);
        let r = rv(self.seed, self.next);
        self.next += 1;
        r
    }

    /// `yield_!(v)` of a coroutine resumed with `()`.
    pub fn yu(&mut self, v: i64) {
        let _ = self.y(v);
    }

    /// `yield_from!(co_range(lo, hi), first)`, eagerly.
    pub fn range(&mut self, lo: i64, hi: i64, first: i64) -> i64 {
        let (mut lo, mut acc, mut r) = (lo, 0, first);
        loop {
            acc = mix(acc, r);
            if lo >= hi {
                return acc;
            }
            lo += 1;
            r = self.y(lo - 1);
        }
    }

    /// `yield_from!(co_range(lo, hi))`, eagerly, resumed with `()`.
    pub fn range_u(&mut self, lo: i64, hi: i64) -> i64 {
        let (mut lo, mut acc) = (lo, 0);
        loop {
            acc = mix(acc, 0);
            if lo >= hi {
                return acc;
            }
            lo += 1;
            self.yu(lo - 1);
        }
    }
}

/// A hand-written coroutine to delegate to: yields `lo..hi` and returns a
/// mix of the resume values it got (0 for each `()`).
pub struct CoRange {
    lo: i64,
    hi: i64,
    acc: i64,
    done: bool,
}

pub fn co_range(lo: i64, hi: i64) -> CoRange {
    CoRange { lo, hi, acc: 0, done: false }
}

impl CoRange {
    fn step(&mut self, r: i64) -> GeneratorState<i64, i64> {
        assert!(!self.done, "co_range resumed after it completed");
        self.acc = mix(self.acc, r);
        if self.lo >= self.hi {
            self.done = true;
            return GeneratorState::Complete(self.acc);
        }
        self.lo += 1;
        GeneratorState::Yielded(self.lo - 1)
    }
}

impl Generator<i64> for CoRange {
    type Yield = i64;
    type Return = i64;
    fn resume(&mut self, r: i64) -> GeneratorState<i64, i64> {
        self.step(r)
    }
}

impl Generator<()> for CoRange {
    type Yield = i64;
    type Return = i64;
    fn resume(&mut self, (): ()) -> GeneratorState<i64, i64> {
        self.step(0)
    }
}

/// Drives a fresh coroutine with the resume values of `seed`: `take` yields
/// (until it completes when `None`), then drops it. Returns the yields, the
/// return value, the events up to the last yield (or the completion), and
/// all events.
#[allow(clippy::type_complexity)]
fn drive_co<R: Resume, T: Debug, G: Generator<R, Yield = i64, Return = T>>(
    make: &impl Fn(Log) -> G,
    take: Option<usize>,
    seed: u64,
) -> Result<(Vec<i64>, Option<T>, Vec<Ev>, Vec<Ev>), String> {
    let log = new_log();
    let mut g = make(Rc::clone(&log));
    if !log.borrow().events.is_empty() {
        return Err(format!("not lazy: calling the function ran the body: {}", show(&events(&log))));
    }
    let mut items = Vec::new();
    let mut ret = None;
    let limit = take.unwrap_or(MAX_ITEMS);
    let mut i = 0;
    while items.len() < limit {
        match g.resume(R::nth(seed, i)) {
            GeneratorState::Yielded(v) => {
                log.borrow_mut().events.push(Ev::Y(format!("{v:?}")));
                items.push(v);
            }
            GeneratorState::Complete(r) => {
                log.borrow_mut().events.push(Ev::Ret(format!("{r:?}")));
                ret = Some(r);
                break;
            }
        }
        i += 1;
    }
    if take.is_none() {
        if ret.is_none() {
            return Err("more than 100000 yields".into());
        }
        // Resuming a completed coroutine panics and runs nothing.
        let n = log.borrow().events.len();
        let again = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            g.resume(R::nth(seed, i + 1))
        }));
        if let Ok(s) = again {
            let what = match s {
                GeneratorState::Yielded(v) => format!("Yielded({v:?})"),
                GeneratorState::Complete(r) => format!("Complete({r:?})"),
            };
            return Err(format!("resumed after completion: {what} instead of a panic"));
        }
        if log.borrow().events.len() != n {
            return Err(format!(
                "resuming after completion ran code: {}",
                show(&events(&log)[n..])
            ));
        }
    } else if items.len() < limit {
        return Err(format!("completed after {} yields, asked for {limit}", items.len()));
    }
    let before = events(&log);
    drop(g);
    Ok((items, ret, before, events(&log)))
}

/// Runs a coroutine's oracle; returns its yields, its return value and its
/// events.
fn run_co_oracle<T: Debug>(
    oracle: &impl Fn(Log, &mut Co) -> T,
    seed: u64,
) -> Result<(Vec<i64>, T, Vec<Ev>), String> {
    let olog = new_log();
    let mut co = Co { log: Rc::clone(&olog), seed, next: 0, out: Vec::new() };
    let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| oracle(Rc::clone(&olog), &mut co)));
    let Ok(ret) = ran else {
        return Err("ORACLE panicked (tester bug)".into());
    };
    olog.borrow_mut().events.push(Ev::Ret(format!("{ret:?}")));
    let oevs = events(&olog);
    exactly_once(&oevs, "ORACLE (tester bug)")?;
    Ok((co.out, ret, oevs))
}

/// Compares a coroutine with its eager oracle, both fed the resume values of
/// `seed`: the yields, the return value, the order of yields and pinned
/// drops; then for many `k`, `k` yields followed by dropping the coroutine.
/// Returns the number of yields.
pub fn check_co<R: Resume, T: Debug + PartialEq, G: Generator<R, Yield = i64, Return = T>>(
    make: impl Fn(Log) -> G,
    oracle: impl Fn(Log, &mut Co) -> T,
    seed: u64,
) -> Result<usize, String> {
    let (want, want_ret, oevs) = run_co_oracle(&oracle, seed)?;
    let (items, ret, _, gevs) = drive_co(&make, None, seed)?;
    if items != want {
        return Err(format!(
            "yields differ (generator {} yields, oracle {}):\n  generator: {:?}\n  oracle:    {:?}",
            items.len(),
            want.len(),
            Trunc(&items),
            Trunc(&want)
        ));
    }
    if ret.as_ref() != Some(&want_ret) {
        return Err(format!(
            "return values differ: generator {ret:?}, oracle {want_ret:?}"
        ));
    }
    diff("full run, order of yields, completion and pinned drops", &pinned(&gevs), &pinned(&oevs))?;
    exactly_once(&gevs, "full run")?;
    free_timing(&gevs, &oevs)?;
    let n = want.len();
    for k in prefixes(n) {
        let (items, _, before, gevs) =
            drive_co(&make, Some(k), seed).map_err(|e| format!("take({k}): {e}"))?;
        if items[..] != want[..k] {
            return Err(format!("take({k}): yields differ"));
        }
        check_prefix(k, &before, &gevs, &oevs)?;
    }
    Ok(n)
}

/// Runs a coroutine's oracle alone (the tester's own check).
pub fn check_co_oracle<T: Debug>(oracle: impl Fn(Log, &mut Co) -> T, seed: u64) -> Result<usize, String> {
    run_co_oracle(&oracle, seed).map(|(out, _, _)| out.len())
}
