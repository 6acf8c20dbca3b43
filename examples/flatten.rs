//! Recursive flatten with `yield_from!`.
//!
//! `flatten` walks a nested structure and calls itself on each child inside
//! `yield_from!`. A generator cannot contain itself, so the macro boxes that
//! recursive call; the user writes no `Box`.
use gen_core::generator;

/// A value that is either a number or a list of nested values.
#[derive(Debug)]
enum Nested {
    /// A single number.
    Leaf(i32),
    /// Any number of nested values, possibly none.
    List(Vec<Nested>),
}

use Nested::{Leaf, List};

/// Yields every leaf of `tree`, depth first, left to right.
#[generator]
fn flatten(tree: &Nested) -> impl Iterator<Item = i32> {
    match tree {
        Leaf(value) => yield_!(*value),
        List(children) => {
            for child in children {
                yield_from!(flatten(child));
            }
        }
    }
}

/// Yields each leaf together with its depth (the root list is depth 0).
#[generator]
fn with_depth(tree: &Nested, depth: usize) -> impl Iterator<Item = (usize, i32)> {
    match tree {
        Leaf(value) => yield_!((depth, *value)),
        List(children) => {
            for child in children {
                yield_from!(with_depth(child, depth + 1));
            }
        }
    }
}

/// A list nested `depth` levels deep around a single leaf.
fn deep(depth: usize) -> Nested {
    (0..depth).fold(Leaf(42), |inner, _| List(vec![inner]))
}

fn main() {
    // [1, [2, [3, 4], []], [[[5]]], 6]
    let tree = List(vec![
        Leaf(1),
        List(vec![Leaf(2), List(vec![Leaf(3), Leaf(4)]), List(vec![])]),
        List(vec![List(vec![List(vec![Leaf(5)])])]),
        Leaf(6),
    ]);
    println!("tree: {tree:?}");

    let flat: Vec<i32> = flatten(&tree).collect();
    println!("flattened: {flat:?}");

    for (depth, value) in with_depth(&tree, 0) {
        println!("{:indent$}{value} (depth {depth})", "", indent = 2 * depth);
    }

    println!("sum of leaves: {}", flatten(&tree).sum::<i32>());
    println!(
        "leaves of an empty list: {:?}",
        flatten(&List(vec![])).collect::<Vec<_>>()
    );
    println!(
        "a leaf 200 lists deep: {:?}",
        flatten(&deep(200)).collect::<Vec<_>>()
    );
}
