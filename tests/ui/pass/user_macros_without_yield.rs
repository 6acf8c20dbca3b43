#![deny(warnings)]

use gen_core::generator;

macro_rules! square {
    ($e:expr) => {
        $e * $e
    };
}

#[generator]
fn squares(n: u32) -> impl Iterator<Item = u32> {
    let v = vec![1, 2, 3];
    for i in 0..n {
        yield_!(square!(i));
        assert!(i < 100, "too many: {}", i);
        debug_assert_eq!(v.len(), 3);
    }
    let matched = matches!(v.first(), Some(1));
    yield_!(u32::from(matched));
}

fn main() {
    assert_eq!(squares(3).collect::<Vec<_>>(), [0, 1, 4, 1]);
}
