#![deny(warnings)]

use gen_core::generator;

#[generator]
fn processed(items: Vec<u32>) -> impl Iterator<Item = u32> {
    let double = |x: u32| x * 2;
    let mut total = 0;
    for x in items.clone().into_iter().filter(|x| x % 2 == 1).map(double) {
        total += x;
        yield_!(x);
    }
    let add = move |y: u32| y + total;
    yield_!(add(1));
    let sorted = {
        let mut v = items.clone();
        v.sort_by(|a, b| b.cmp(a));
        v
    };
    yield_from!(sorted.into_iter().map(|x| x + 100));
}

fn main() {
    let v: Vec<_> = processed(vec![1, 2, 3]).collect();
    assert_eq!(v, [2, 6, 9, 103, 102, 101]);
}
