//! Behaviour tests shared by the edition 2021 and edition 2024 user crates:
//! each crate's `tests/behaviour.rs` includes this file, so the same generators compile under both
//! editions.
use std::cell::{Cell, RefCell};

use gen_core::generator;

// For the coroutine cases.
use gen_core::Generator;
use gen_core::GeneratorState::{Complete, Yielded};

#[generator]
fn lazy(started: &Cell<bool>) -> impl Iterator<Item = u32> + '_ {
    started.set(true);
    yield_!(1);
}

#[test]
fn rule_1_lazy_start() {
    let started = Cell::new(false);
    let mut g = lazy(&started);
    assert!(!started.get());
    assert_eq!(g.next(), Some(1));
    assert!(started.get());
    assert_eq!(g.next(), None);
    assert_eq!(g.next(), None);
}

#[generator]
fn control_flow(values: Vec<Option<u32>>) -> impl Iterator<Item = u32> {
    'outer: for value in values {
        let Some(v) = value else {
            yield_!(0);
            continue;
        };
        match v {
            1 => yield_!(10),
            n if n > 100 => break 'outer,
            n => {
                let mut i = 0;
                let last = loop {
                    yield_!(n + i);
                    i += 1;
                    if i == 2 {
                        break n * 100;
                    }
                };
                yield_!(last);
            }
        }
    }
}

#[test]
fn rule_3_control_flow() {
    assert_eq!(
        control_flow(vec![Some(1), None, Some(5), Some(200), Some(1)]).collect::<Vec<_>>(),
        [10, 0, 5, 6, 500]
    );
}

#[generator]
fn sum_of(s: &[u32]) -> impl Iterator<Item = u32> + '_ {
    let mut total = 0;
    for x in s {
        total += x;
        yield_!(total);
    }
}

#[test]
fn rule_10_borrowed_argument_with_explicit_capture() {
    assert_eq!(sum_of(&[1, 2, 3]).collect::<Vec<_>>(), [1, 3, 6]);
}

enum Tree {
    Leaf(u32),
    Node(Vec<Tree>),
}

#[generator]
fn leaves(tree: &Tree) -> impl Iterator<Item = u32> + '_ {
    match tree {
        Tree::Leaf(v) => yield_!(*v),
        Tree::Node(children) => {
            for child in children {
                yield_from!(leaves(child));
            }
        }
    }
}

#[test]
fn rule_5_recursion() {
    let tree = Tree::Node(vec![
        Tree::Leaf(1),
        Tree::Node(vec![Tree::Leaf(2)]),
        Tree::Leaf(3),
    ]);
    assert_eq!(leaves(&tree).collect::<Vec<_>>(), [1, 2, 3]);
}

#[generator]
fn parse_all(items: Vec<&'static str>) -> impl Iterator<Item = Result<u32, String>> {
    for s in items {
        yield_!(Ok(s.parse::<u32>().map_err(|e| e.to_string())?));
    }
}

#[test]
fn rule_7_question_mark() {
    let got: Vec<_> = parse_all(vec!["1", "x", "2"]).collect();
    assert_eq!(got.len(), 2);
    assert_eq!(got[0], Ok(1));
    assert!(got[1].is_err());
}

#[generator]
fn cloneable(n: u32) -> impl Iterator<Item = u32> + Clone + Send {
    for i in 0..n {
        yield_!(i);
    }
}

#[test]
fn rule_12_clone_and_send() {
    let mut g = cloneable(3);
    assert_eq!(g.next(), Some(0));
    let h = g.clone();
    let other = std::thread::spawn(move || h.collect::<Vec<_>>());
    assert_eq!(g.collect::<Vec<_>>(), [1, 2]);
    assert_eq!(other.join().unwrap(), [1, 2]);
}

#[generator]
fn boxed<'a>(s: &'a [u32]) -> Box<dyn Iterator<Item = u32> + 'a> {
    for x in s {
        yield_!(*x * 2);
    }
}

#[test]
fn boxed_return_form() {
    assert_eq!(boxed(&[1, 2]).collect::<Vec<_>>(), [2, 4]);
}

struct Stack(Vec<u32>);

impl Stack {
    #[generator]
    fn drain(&mut self) -> impl Iterator<Item = u32> + '_ {
        while let Some(x) = self.0.pop() {
            yield_!(x);
        }
    }
}

#[test]
fn rule_11_mut_self_method() {
    let mut s = Stack(vec![1, 2, 3]);
    assert_eq!(s.drain().take(2).collect::<Vec<_>>(), [3, 2]);
    assert_eq!(s.0, [1]);
}

// Coroutine mode: `impl Generator<R, Yield = Y, Return = T>`.

#[generator]
fn running_max(
    limit: u32,
    #[resume] first: u32,
) -> impl Generator<u32, Yield = u32, Return = Result<u32, String>> {
    let (mut max, mut seen) = (first, 1);
    loop {
        if max > limit {
            return Err(format!("{max} is over {limit}"));
        }
        let next = yield_!(max);
        if next == 0 {
            break;
        }
        max = max.max(next);
        seen += 1;
    }
    Ok(seen)
}

#[test]
fn coroutine_resume_values_and_return_values() {
    let mut g = running_max(100);
    assert_eq!(g.resume(3), Yielded(3));
    assert_eq!(g.resume(1), Yielded(3));
    assert_eq!(g.resume(8), Yielded(8));
    assert_eq!(g.resume(0), Complete(Ok(3)));

    let mut g = running_max(10);
    assert_eq!(g.resume(3), Yielded(3));
    assert_eq!(g.resume(11), Complete(Err("11 is over 10".to_owned())));
}

#[generator]
fn parse_each(
    #[resume] first: &'static str,
) -> impl Generator<&'static str, Yield = u32, Return = Result<u32, std::num::ParseIntError>> {
    let mut total = first.parse::<u32>()?;
    loop {
        let word = yield_!(total);
        if word.is_empty() {
            return Ok(total);
        }
        total += word.parse::<u32>()?;
    }
}

#[test]
fn coroutine_question_mark_completes_with_the_error() {
    let mut g = parse_each();
    assert_eq!(g.resume("1"), Yielded(1));
    assert_eq!(g.resume("2"), Yielded(3));
    assert_eq!(g.resume(""), Complete(Ok(3)));

    let mut g = parse_each();
    assert_eq!(g.resume("4"), Yielded(4));
    assert!(matches!(g.resume("x"), Complete(Err(_))));
}

#[generator]
fn weigh(tree: &Tree, #[resume] _: u32) -> impl Generator<u32, Yield = u32, Return = u32> + '_ {
    match tree {
        Tree::Leaf(v) => *v * yield_!(*v),
        Tree::Node(children) => {
            let mut sum = 0;
            for child in children {
                sum += yield_from!(weigh(child), 0);
            }
            sum
        }
    }
}

#[test]
fn coroutine_recursive_yield_from_with_a_first_value() {
    let tree = Tree::Node(vec![
        Tree::Leaf(1),
        Tree::Node(vec![Tree::Leaf(2)]),
        Tree::Leaf(3),
    ]);
    let mut g = weigh(&tree);
    assert_eq!(g.resume(0), Yielded(1));
    assert_eq!(g.resume(10), Yielded(2));
    assert_eq!(g.resume(20), Yielded(3));
    assert_eq!(g.resume(30), Complete(10 + 40 + 90));
}

struct Noisy<'a>(u32, &'a RefCell<Vec<String>>);

impl Drop for Noisy<'_> {
    fn drop(&mut self) {
        self.1.borrow_mut().push(format!("drop {}", self.0));
    }
}

#[generator]
fn statement_resume<'a>(
    log: &'a RefCell<Vec<String>>,
    #[resume] first: Noisy<'a>,
) -> impl Generator<Noisy<'a>, Yield = u32, Return = Noisy<'a>> + 'a {
    yield_!(first.0);
    log.borrow_mut().push("after the statement".to_owned());
    let kept = yield_!(1);
    log.borrow_mut().push(format!("kept {}", kept.0));
    kept
}

#[test]
fn coroutine_statement_resume_value_dropped_at_once_and_bound_one_returned() {
    let log = RefCell::new(Vec::new());
    let mut g = statement_resume(&log);
    assert_eq!(g.resume(Noisy(1, &log)).yielded(), Some(1));
    // `first` is not used after the yield: dropped when the coroutine suspends.
    assert_eq!(*log.borrow(), ["drop 1"]);
    assert_eq!(g.resume(Noisy(2, &log)).yielded(), Some(1));
    assert_eq!(*log.borrow(), ["drop 1", "drop 2", "after the statement"]);
    let Some(returned) = g.resume(Noisy(3, &log)).complete() else {
        panic!("expected completion");
    };
    assert_eq!(returned.0, 3);
    assert_eq!(
        *log.borrow(),
        ["drop 1", "drop 2", "after the statement", "kept 3"]
    );
    drop(returned);
    assert_eq!(log.borrow().last().map(String::as_str), Some("drop 3"));
}

#[test]
#[should_panic(expected = "called on a generator that has already completed")]
fn coroutine_resumed_after_completion_panics() {
    let mut g = running_max(1);
    assert_eq!(g.resume(5), Complete(Err("5 is over 1".to_owned())));
    let _ = g.resume(0);
}

#[generator]
fn boxed_co<'a>(
    s: &'a [u32],
    #[resume] first: usize,
) -> Box<dyn Generator<usize, Yield = u32, Return = usize> + 'a> {
    let mut at = first;
    let mut count = 0;
    while let Some(x) = s.get(at) {
        count += 1;
        at += yield_!(*x);
    }
    count
}

#[test]
fn coroutine_boxed_return_form() {
    let mut g = boxed_co(&[5, 6, 7, 8]);
    assert_eq!(g.resume(1), Yielded(6));
    assert_eq!(g.resume(2), Yielded(8));
    assert_eq!(g.resume(1), Complete(2));
}

impl Stack {
    #[generator]
    fn push_each(
        &mut self,
        #[resume] first: u32,
    ) -> impl Generator<u32, Yield = usize, Return = u32> + '_ {
        let (mut sum, mut x) = (0, first);
        while x != 0 {
            sum += x;
            self.0.push(x);
            x = yield_!(self.0.len());
        }
        sum
    }
}

#[test]
fn coroutine_mut_self_method() {
    let mut s = Stack(vec![9]);
    let mut g = s.push_each();
    assert_eq!(g.resume(1), Yielded(2));
    assert_eq!(g.resume(2), Yielded(3));
    assert_eq!(g.resume(0), Complete(3));
    drop(g);
    assert_eq!(s.0, [9, 1, 2]);
}

#[generator]
fn with_closure(
    k: u32,
    #[resume] _: u32,
) -> impl Generator<u32, Yield = u32, Return = u32> + Clone + Send {
    let f = move |x: u32| x * k;
    let mut last = 0;
    for _ in 0..2 {
        last = f(yield_!(last));
    }
    last
}

#[test]
fn coroutine_closure_local_clone_and_send() {
    let mut g = with_closure(3);
    assert_eq!(g.resume(0), Yielded(0));
    assert_eq!(g.resume(2), Yielded(6));
    let mut h = g.clone();
    let other = std::thread::spawn(move || h.resume(5));
    assert_eq!(g.resume(4), Complete(12));
    assert_eq!(other.join().unwrap(), Complete(15));
}
