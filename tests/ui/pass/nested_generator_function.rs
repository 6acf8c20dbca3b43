#![deny(warnings)]

use gen_core::generator;

// A `#[generator]` fn nested in a generator's body is a generator of its own.
#[generator]
fn outer(n: u32) -> impl Iterator<Item = u32> {
    #[generator]
    fn inner(k: u32) -> impl Iterator<Item = u32> {
        for i in 0..k {
            yield_!(i);
        }
    }

    yield_!(n);
    yield_from!(inner(n));
}

fn main() {
    assert_eq!(outer(2).collect::<Vec<_>>(), [2, 0, 1]);
}
