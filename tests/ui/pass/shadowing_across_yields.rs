#![deny(warnings)]

use gen_core::generator;

#[generator]
fn shadowed(input: &str) -> impl Iterator<Item = String> + '_ {
    let value = input;
    yield_!(value.to_owned());
    let value = value.len();
    yield_!(value.to_string());
    let value = value * 2;
    yield_!(format!("{value}"));
}

#[generator]
fn shadowed_in_loop(n: u32) -> impl Iterator<Item = u32> {
    for i in 0..n {
        let x = i;
        yield_!(x);
        let x = x * 10;
        yield_!(x);
    }
}

#[generator]
fn shadowed_by_pattern(pairs: Vec<(u32, u32)>) -> impl Iterator<Item = u32> {
    for (a, b) in pairs {
        yield_!(a);
        let (b, a) = (a, b);
        yield_!(a + b);
    }
}

fn main() {
    assert_eq!(shadowed("abc").collect::<Vec<_>>(), ["abc", "3", "6"]);
    assert_eq!(shadowed_in_loop(3).collect::<Vec<_>>(), [0, 0, 1, 10, 2, 20]);
    assert_eq!(shadowed_by_pattern(vec![(1, 2)]).collect::<Vec<_>>(), [1, 3]);
}
