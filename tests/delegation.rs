//! Rule 5, `yield_from!`: delegation to ranges, collections, other generators,
//! and recursion (direct recursion is boxed by the macro, so the user writes no
//! `Box`), including recursion through a method.
use std::cell::RefCell;
use std::rc::Rc;

use gen_core::generator;

#[generator]
fn from_range_and_vec() -> impl Iterator<Item = u32> {
    yield_from!(0..3);
    yield_from!(vec![10, 20]);
    yield_from!([30, 40]);
    yield_from!(Some(50));
    yield_from!(None::<u32>);
    yield_from!(Vec::<u32>::new());
}

#[test]
fn rule_5_yield_from_ranges_vecs_arrays_and_options() {
    assert_eq!(
        from_range_and_vec().collect::<Vec<_>>(),
        [0, 1, 2, 10, 20, 30, 40, 50]
    );
}

#[generator]
fn count_to(n: u32) -> impl Iterator<Item = u32> {
    for i in 1..=n {
        yield_!(i);
    }
}

#[generator]
fn from_other_generators() -> impl Iterator<Item = u32> {
    yield_!(0);
    yield_from!(count_to(2));
    yield_!(0);
    yield_from!(count_to(3).map(|n| n * 10));
    yield_from!(count_to(0));
    yield_!(0);
}

#[test]
fn rule_5_yield_from_other_generators() {
    assert_eq!(
        from_other_generators().collect::<Vec<_>>(),
        [0, 1, 2, 0, 10, 20, 30, 0]
    );
}

type Log = Rc<RefCell<Vec<String>>>;

#[generator]
fn logged_inner(log: Log) -> impl Iterator<Item = u32> {
    for i in 0..3 {
        log.borrow_mut().push(format!("inner {i}"));
        yield_!(i);
    }
    log.borrow_mut().push("inner done".to_owned());
}

#[generator]
fn logged_outer(log: Log) -> impl Iterator<Item = u32> {
    log.borrow_mut().push("outer start".to_owned());
    yield_from!({
        log.borrow_mut().push("delegate built".to_owned());
        logged_inner(Rc::clone(&log))
    });
    log.borrow_mut().push("outer after".to_owned());
    yield_!(99);
}

#[test]
fn rule_5_yield_from_pulls_the_delegate_one_item_per_next() {
    let log = Log::default();
    let mut g = logged_outer(Rc::clone(&log));
    assert!(log.borrow().is_empty());
    assert_eq!(g.next(), Some(0));
    assert_eq!(*log.borrow(), ["outer start", "delegate built", "inner 0"]);
    assert_eq!(g.next(), Some(1));
    assert_eq!(
        *log.borrow(),
        ["outer start", "delegate built", "inner 0", "inner 1"]
    );
    assert_eq!(g.next(), Some(2));
    assert_eq!(g.next(), Some(99));
    assert_eq!(
        *log.borrow(),
        [
            "outer start",
            "delegate built",
            "inner 0",
            "inner 1",
            "inner 2",
            "inner done",
            "outer after"
        ]
    );
    assert_eq!(g.next(), None);
}

#[generator]
fn yield_from_in_expressions() -> impl Iterator<Item = u32> {
    let () = yield_from!(0..2);
    let n = {
        yield_from!([5, 6]);
        7
    };
    yield_!(n);
    for k in 0..2 {
        if k == 1 {
            yield_from!(count_to(k + 1));
        }
    }
}

#[test]
fn rule_5_yield_from_is_a_unit_expression_usable_anywhere() {
    assert_eq!(
        yield_from_in_expressions().collect::<Vec<_>>(),
        [0, 1, 5, 6, 7, 1, 2]
    );
}

/// Rule 5: `yield_from!` of an iterator built with a closure, after another
/// delegation (the closure's code must exist once in the expansion).
mod yield_from_of_closure_adapter_after_another_delegation {
    use gen_core::generator;

    #[generator]
    fn adapters() -> impl Iterator<Item = u32> {
        yield_from!(0..2);
        yield_from!((0..10).filter(|n| n % 4 == 0).map(|n| n + 100));
    }

    #[test]
    fn rule_5_yield_from_iterator_adapters_with_closures() {
        assert_eq!(adapters().collect::<Vec<_>>(), [0, 1, 100, 104, 108]);
    }
}

enum Tree {
    Leaf,
    Node(Box<Tree>, u32, Box<Tree>),
}

fn node(left: Tree, value: u32, right: Tree) -> Tree {
    Tree::Node(Box::new(left), value, Box::new(right))
}

fn leaf(value: u32) -> Tree {
    node(Tree::Leaf, value, Tree::Leaf)
}

///      4
///    2   6
///   1 3 5 7
fn sample_tree() -> Tree {
    node(node(leaf(1), 2, leaf(3)), 4, node(leaf(5), 6, leaf(7)))
}

#[generator]
fn walk(tree: &Tree) -> impl Iterator<Item = u32> + '_ {
    if let Tree::Node(left, value, right) = tree {
        yield_from!(walk(left));
        yield_!(*value);
        yield_from!(walk(right));
    }
}

#[test]
fn rule_5_recursive_in_order_traversal_without_user_box() {
    assert_eq!(
        walk(&sample_tree()).collect::<Vec<_>>(),
        [1, 2, 3, 4, 5, 6, 7]
    );
    assert_eq!(walk(&Tree::Leaf).count(), 0);
}

#[test]
fn rule_5_recursive_traversal_is_lazy() {
    let tree = sample_tree();
    let mut g = walk(&tree);
    assert_eq!(g.next(), Some(1));
    assert_eq!(g.next(), Some(2));
    let rest: Vec<u32> = g.collect();
    assert_eq!(rest, [3, 4, 5, 6, 7]);
}

impl Tree {
    /// Post-order, recursing through a `Self::` path call.
    #[generator]
    fn post_order(&self) -> impl Iterator<Item = u32> + '_ {
        if let Tree::Node(left, value, right) = self {
            yield_from!(Self::post_order(left));
            yield_from!(Self::post_order(right));
            yield_!(*value);
        }
    }
}

#[test]
fn rule_5_recursion_through_a_self_path_call() {
    assert_eq!(
        sample_tree().post_order().collect::<Vec<_>>(),
        [1, 3, 2, 5, 7, 6, 4]
    );
}

impl Tree {
    /// Pre-order, recursing through a method call on a child.
    #[generator]
    fn pre_order(&self) -> impl Iterator<Item = u32> + '_ {
        if let Tree::Node(left, value, right) = self {
            yield_!(*value);
            yield_from!(left.pre_order());
            yield_from!(right.pre_order());
        }
    }
}

#[test]
fn rule_5_recursion_through_a_method_call() {
    assert_eq!(
        sample_tree().pre_order().collect::<Vec<_>>(),
        [4, 2, 1, 3, 6, 5, 7]
    );
}

#[generator]
fn countdown(n: u32) -> impl Iterator<Item = u32> {
    if n > 0 {
        yield_!(n);
        yield_from!(countdown(n - 1));
    }
}

#[test]
fn rule_5_owned_argument_recursion() {
    assert_eq!(countdown(4).collect::<Vec<_>>(), [4, 3, 2, 1]);
    // Deep enough to show each level is a separate, boxed generator.
    assert_eq!(countdown(1000).count(), 1000);
}

enum Nested {
    Int(u32),
    List(Vec<Nested>),
}

#[generator]
fn flatten(n: &Nested) -> impl Iterator<Item = u32> + '_ {
    match n {
        Nested::Int(i) => yield_!(*i),
        Nested::List(items) => {
            for item in items {
                yield_from!(flatten(item));
            }
        }
    }
}

#[test]
fn rule_5_recursive_flatten_of_a_nested_list() {
    use Nested::{Int, List};
    let nested = List(vec![
        Int(1),
        List(vec![Int(2), List(vec![]), List(vec![Int(3), Int(4)])]),
        Int(5),
    ]);
    assert_eq!(flatten(&nested).collect::<Vec<_>>(), [1, 2, 3, 4, 5]);
}

#[generator]
fn delegate_dropped_midway(items: Vec<Rc<()>>) -> impl Iterator<Item = usize> {
    yield_from!(items.into_iter().map(|rc| Rc::strong_count(&rc)));
}

#[test]
fn rule_5_a_delegate_is_dropped_with_the_generator() {
    let shared = Rc::new(());
    let items = vec![Rc::clone(&shared), Rc::clone(&shared), Rc::clone(&shared)];
    let mut g = delegate_dropped_midway(items);
    assert_eq!(Rc::strong_count(&shared), 4);
    assert_eq!(g.next(), Some(4));
    // The first item was consumed and dropped; two remain inside the delegate.
    assert_eq!(Rc::strong_count(&shared), 3);
    drop(g);
    assert_eq!(Rc::strong_count(&shared), 1);
}

enum GenericTree<T> {
    Leaf(T),
    Node(Vec<GenericTree<T>>),
}

#[generator]
fn generic_leaves<T: Clone>(tree: &GenericTree<T>) -> impl Iterator<Item = T> + '_ {
    match tree {
        GenericTree::Leaf(v) => yield_!(v.clone()),
        GenericTree::Node(children) => {
            for child in children {
                yield_from!(generic_leaves(child));
            }
        }
    }
}

#[test]
fn rule_5_recursion_in_a_generic_function() {
    use GenericTree::{Leaf, Node};
    let tree = Node(vec![Leaf("a"), Node(vec![Leaf("b"), Leaf("c")]), Leaf("d")]);
    assert_eq!(generic_leaves(&tree).collect::<String>(), "abcd");
}
