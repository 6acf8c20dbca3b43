#![deny(warnings)]

use gen_core::generator;

#[generator]
fn numbers() -> impl Iterator<Item = u32> {
    yield_!(1);
    gen_core::yield_!(2);
    ::gen_core::yield_from!(3..5);
    yield_from![vec![5]];
    yield_! {6}
}

fn main() {
    assert_eq!(numbers().collect::<Vec<_>>(), [1, 2, 3, 4, 5, 6]);
}
