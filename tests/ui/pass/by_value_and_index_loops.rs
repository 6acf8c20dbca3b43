#![deny(warnings)]

use gen_core::generator;

// The rewrites the self-borrow error suggests.
#[generator]
fn by_value() -> impl Iterator<Item = String> {
    let names = vec![String::from("a"), String::from("b")];
    for name in names {
        yield_!(name);
    }
}

#[generator]
fn by_index() -> impl Iterator<Item = u32> {
    let numbers = vec![1, 2, 3];
    for i in 0..numbers.len() {
        yield_!(numbers[i] * 2);
    }
}

#[generator]
fn borrowed_argument(numbers: &[u32]) -> impl Iterator<Item = u32> + '_ {
    for n in numbers.iter() {
        yield_!(*n);
    }
    for n in numbers {
        yield_!(*n + 1);
    }
}

// A borrow of a local that does not contain a yield is fine.
#[generator]
fn borrow_not_held() -> impl Iterator<Item = u32> {
    let numbers = vec![1, 2, 3];
    let total: u32 = numbers.iter().sum();
    for n in &numbers {
        let _ = n;
    }
    yield_!(total);
}

fn main() {
    assert_eq!(by_value().collect::<Vec<_>>(), ["a", "b"]);
    assert_eq!(by_index().collect::<Vec<_>>(), [2, 4, 6]);
    assert_eq!(borrowed_argument(&[1]).collect::<Vec<_>>(), [1, 2]);
    assert_eq!(borrow_not_held().collect::<Vec<_>>(), [6]);
}
