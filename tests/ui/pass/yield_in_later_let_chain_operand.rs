#![deny(warnings)]

use gen_core::generator;

// A `yield_!` in a later operand of a let-chain runs after the earlier
// operands, left to right.
#[generator]
fn numbers(x: Option<u32>) -> impl Iterator<Item = u32> {
    if let Some(n) = x
        && {
            yield_!(n);
            n > 1
        }
    {
        yield_!(n * 10);
    } else {
        yield_!(0);
    }
}

fn main() {
    assert_eq!(numbers(Some(2)).collect::<Vec<_>>(), [2, 20]);
    assert_eq!(numbers(Some(1)).collect::<Vec<_>>(), [1, 0]);
    assert_eq!(numbers(None).collect::<Vec<_>>(), [0]);
}
