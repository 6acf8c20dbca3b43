//! Behaviour tests shared by the edition 2021 and edition 2024 user crates:
//! each crate's `tests/behaviour.rs` includes this file, so the same generators compile under both
//! editions.
use std::cell::Cell;

use gen_core::generator;

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
