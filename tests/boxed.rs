//! The `Box<dyn Iterator<Item = T> + …>` return form: the generator is boxed,
//! which allows trait objects of different generators, recursion (including
//! mutual recursion), lifetimes and `Send`.
use gen_core::generator;

#[generator]
fn boxed_range(n: u32) -> Box<dyn Iterator<Item = u32>> {
    for i in 0..n {
        yield_!(i);
    }
}

#[generator]
fn boxed_squares(n: u32) -> Box<dyn Iterator<Item = u32>> {
    let mut i = 1;
    while i <= n {
        yield_!(i * i);
        i += 1;
    }
}

#[test]
fn boxed_return_form_collects() {
    assert_eq!(boxed_range(3).collect::<Vec<_>>(), [0, 1, 2]);
}

#[test]
fn boxed_generators_of_different_bodies_share_one_type() {
    let gens: Vec<Box<dyn Iterator<Item = u32>>> = vec![boxed_range(2), boxed_squares(3)];
    let all: Vec<u32> = gens.into_iter().flatten().collect();
    assert_eq!(all, [0, 1, 1, 4, 9]);
}

#[generator]
fn boxed_borrow<'a>(words: &'a [&'a str]) -> Box<dyn Iterator<Item = &'a str> + 'a> {
    for w in words {
        if !w.is_empty() {
            yield_!(*w);
        }
    }
}

#[test]
fn boxed_with_a_lifetime() {
    let words = vec!["a", "", "b"];
    assert_eq!(boxed_borrow(&words).collect::<Vec<_>>(), ["a", "b"]);
}

#[generator]
fn boxed_send(words: Vec<String>) -> Box<dyn Iterator<Item = usize> + Send> {
    for w in words {
        yield_!(w.len());
    }
}

#[test]
fn boxed_send_moves_to_another_thread() {
    let mut g = boxed_send(vec!["ab".into(), "cde".into()]);
    assert_eq!(g.next(), Some(2));
    let rest = std::thread::spawn(move || g.collect::<Vec<_>>())
        .join()
        .unwrap();
    assert_eq!(rest, [3]);
}

#[generator]
fn boxed_lazy(started: &std::cell::Cell<bool>) -> Box<dyn Iterator<Item = u8> + '_> {
    started.set(true);
    yield_!(1);
}

#[test]
fn boxed_is_lazy_and_fused() {
    let started = std::cell::Cell::new(false);
    let mut g = boxed_lazy(&started);
    assert!(!started.get());
    assert_eq!(g.next(), Some(1));
    assert!(started.get());
    assert_eq!(g.next(), None);
    assert_eq!(g.next(), None);
}

#[generator]
fn evens(n: u32) -> Box<dyn Iterator<Item = (char, u32)>> {
    yield_!(('e', n));
    if n > 0 {
        yield_from!(odds(n - 1));
    }
}

#[generator]
fn odds(n: u32) -> Box<dyn Iterator<Item = (char, u32)>> {
    yield_!(('o', n));
    if n > 0 {
        yield_from!(evens(n - 1));
    }
}

#[test]
fn boxed_mutual_recursion() {
    assert_eq!(
        evens(3).collect::<Vec<_>>(),
        [('e', 3), ('o', 2), ('e', 1), ('o', 0)]
    );
}

enum Tree {
    Leaf,
    Node(Box<Tree>, u32, Box<Tree>),
}

#[generator]
fn walk<'a>(tree: &'a Tree) -> Box<dyn Iterator<Item = u32> + 'a> {
    if let Tree::Node(left, value, right) = tree {
        yield_from!(walk(left));
        yield_!(*value);
        yield_from!(walk(right));
    }
}

#[test]
fn boxed_direct_recursion() {
    let leaf = |v| Tree::Node(Box::new(Tree::Leaf), v, Box::new(Tree::Leaf));
    let tree = Tree::Node(Box::new(leaf(1)), 2, Box::new(leaf(3)));
    assert_eq!(walk(&tree).collect::<Vec<_>>(), [1, 2, 3]);
}
