#![deny(warnings)]

use gen_core::generator;

#[generator]
fn units(n: usize) -> impl Iterator<Item = ()> {
    for _ in 0..n {
        yield_!(());
    }
}

#[generator]
fn early(stop: bool) -> impl Iterator<Item = u32> {
    yield_!(1);
    if stop {
        return;
    }
    yield_!(2);
}

fn main() {
    assert_eq!(units(3).count(), 3);
    assert_eq!(early(true).collect::<Vec<_>>(), [1]);
    assert_eq!(early(false).collect::<Vec<_>>(), [1, 2]);
}
