//! Rule 12, `+ Clone`: a generator whose kept values are all `Clone` can be
//! cloned mid-way and the clones go on independently; and `+ Send`: a
//! generator with `Send` state can move to another thread, even mid-way.
use std::cell::RefCell;
use std::rc::Rc;
use std::thread;

use gen_core::generator;

#[generator]
fn labelled_counter(start: u32, labels: Vec<String>) -> impl Iterator<Item = String> + Clone {
    let mut n = start;
    for label in labels {
        yield_!(format!("{label}{n}"));
        n += 1;
    }
}

fn abc() -> Vec<String> {
    vec!["a".to_owned(), "b".to_owned(), "c".to_owned()]
}

#[test]
fn rule_12_clone_midway_both_go_on_independently() {
    let mut g = labelled_counter(1, abc());
    assert_eq!(g.next().as_deref(), Some("a1"));
    let mut h = g.clone();
    assert_eq!(g.next().as_deref(), Some("b2"));
    assert_eq!(g.next().as_deref(), Some("c3"));
    assert_eq!(g.next(), None);
    // The clone was taken after "a1" and is unaffected by `g` finishing.
    assert_eq!(h.next().as_deref(), Some("b2"));
    let rest: Vec<String> = h.collect();
    assert_eq!(rest, ["c3"]);
}

#[test]
fn rule_12_clone_before_start_and_after_finish() {
    let g = labelled_counter(5, abc());
    let fresh = g.clone();
    assert_eq!(g.collect::<Vec<_>>(), ["a5", "b6", "c7"]);
    assert_eq!(fresh.collect::<Vec<_>>(), ["a5", "b6", "c7"]);

    let mut done = labelled_counter(0, vec![]);
    assert_eq!(done.next(), None);
    let mut copy = done.clone();
    assert_eq!(copy.next(), None);
}

#[generator]
fn logging_clone(
    log: Rc<RefCell<Vec<String>>>,
    tag: &'static str,
) -> impl Iterator<Item = u32> + Clone {
    for i in 0..3 {
        log.borrow_mut().push(format!("{tag} {i}"));
        yield_!(i);
    }
}

#[test]
fn rule_12_each_clone_runs_its_own_body() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let mut g = logging_clone(Rc::clone(&log), "run");
    assert_eq!(g.next(), Some(0));
    let mut h = g.clone();
    assert_eq!(h.next(), Some(1));
    assert_eq!(h.next(), Some(2));
    assert_eq!(g.next(), Some(1));
    assert_eq!(*log.borrow(), ["run 0", "run 1", "run 2", "run 1"]);
}

#[generator]
fn fib() -> impl Iterator<Item = u64> + Clone {
    let (mut a, mut b) = (0, 1);
    loop {
        yield_!(a);
        (a, b) = (b, a + b);
    }
}

#[test]
fn rule_12_cloned_infinite_generator() {
    let mut g = fib();
    assert_eq!(g.nth(5), Some(5));
    let h = g.clone();
    assert_eq!(g.next(), Some(8));
    assert_eq!(h.take(3).collect::<Vec<_>>(), [8, 13, 21]);
    assert_eq!(g.next(), Some(13));
}

#[generator]
fn sendable(words: Vec<String>) -> impl Iterator<Item = String> + Send {
    for w in words {
        yield_!(w.to_uppercase());
    }
}

#[test]
fn send_generator_runs_on_another_thread() {
    let mut g = sendable(vec!["x".into(), "y".into(), "z".into()]);
    assert_eq!(g.next().as_deref(), Some("X"));
    let rest = thread::spawn(move || g.collect::<Vec<_>>()).join().unwrap();
    assert_eq!(rest, ["Y", "Z"]);
}

#[generator]
fn clone_and_send(n: u32) -> impl Iterator<Item = u32> + Clone + Send {
    for i in 0..n {
        yield_!(i * 2);
    }
}

#[test]
fn send_and_clone_together() {
    let mut g = clone_and_send(4);
    assert_eq!(g.next(), Some(0));
    let h = g.clone();
    let other = thread::spawn(move || h.collect::<Vec<_>>());
    assert_eq!(g.collect::<Vec<_>>(), [2, 4, 6]);
    assert_eq!(other.join().unwrap(), [2, 4, 6]);
}

enum Tree {
    Leaf(u32),
    Node(Vec<Tree>),
}

#[generator]
fn leaves(tree: &Tree) -> impl Iterator<Item = u32> + Send + '_ {
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
fn send_recursive_generator_moves_to_a_scoped_thread() {
    let tree = Tree::Node(vec![
        Tree::Leaf(1),
        Tree::Node(vec![Tree::Leaf(2), Tree::Leaf(3)]),
    ]);
    let mut g = leaves(&tree);
    assert_eq!(g.next(), Some(1));
    let rest = thread::scope(|s| s.spawn(move || g.collect::<Vec<_>>()).join().unwrap());
    assert_eq!(rest, [2, 3]);
}

#[generator]
fn holds_rc(shared: Rc<()>) -> impl Iterator<Item = usize> + Clone {
    let local = Rc::clone(&shared);
    yield_!(Rc::strong_count(&local));
    yield_!(Rc::strong_count(&shared));
    // Mentioned after both yields, so `local` is kept across them.
    drop(local);
}

#[test]
fn rule_12_clones_own_their_kept_values_and_drop_them_once() {
    let shared = Rc::new(());
    let mut g = holds_rc(Rc::clone(&shared));
    // `shared` outside, the argument and `local` inside.
    assert_eq!(g.next(), Some(3));
    let h = g.clone();
    assert_eq!(Rc::strong_count(&shared), 5);
    drop(g);
    assert_eq!(Rc::strong_count(&shared), 3);
    let rest: Vec<usize> = h.collect();
    assert_eq!(rest, [3]);
    assert_eq!(Rc::strong_count(&shared), 1);
}
