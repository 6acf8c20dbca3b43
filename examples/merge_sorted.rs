//! Merging two sorted streams into one sorted stream.
//!
//! The generator peeks at the head of each input and yields the smaller one,
//! pulling from each input only as needed, so the inputs may be other
//! generators, even infinite ones.
use gen_core::generator;

/// Yields the items of two sorted inputs in sorted order. On ties the item of
/// `a` comes first, so the merge is stable.
#[generator]
fn merge_sorted<T: Ord>(
    a: impl IntoIterator<Item = T>,
    b: impl IntoIterator<Item = T>,
) -> impl Iterator<Item = T> {
    let mut a = a.into_iter().peekable();
    let mut b = b.into_iter().peekable();
    loop {
        let next = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) if y < x => b.next(),
            (Some(_), _) => a.next(),
            (None, _) => b.next(),
        };
        let Some(item) = next else { break };
        yield_!(item);
    }
}

/// Yields the positive multiples of `step` in increasing order, forever.
#[generator]
fn multiples(step: u64) -> impl Iterator<Item = u64> {
    let mut n = step;
    loop {
        yield_!(n);
        n += step;
    }
}

fn main() {
    let odds = [1, 3, 5, 7, 9, 11];
    let evens = [2, 4, 6];
    let merged: Vec<i32> = merge_sorted(odds, evens).collect();
    println!("merge {odds:?} and {evens:?}: {merged:?}");

    let threes_and_fives: Vec<u64> = merge_sorted(multiples(3), multiples(5)).take(14).collect();
    println!("multiples of 3 and 5, merged: {threes_and_fives:?}");

    let three_ways: Vec<u64> =
        merge_sorted(multiples(4), merge_sorted(multiples(6), multiples(10)))
            .take(12)
            .collect();
    println!("multiples of 4, 6 and 10, merged: {three_ways:?}");

    let mut names = merge_sorted(["ada", "grace", "linus"], ["barbara", "ken"]);
    let first_two: Vec<&str> = names.by_ref().take(2).collect();
    let rest: Vec<&str> = names.collect();
    println!("names: first two {first_two:?}, then {rest:?}");

    let big = merge_sorted(multiples(2).take(500_000), multiples(3).take(500_000));
    let mut previous = 0;
    let mut count = 0;
    for n in big {
        assert!(n >= previous, "out of order");
        previous = n;
        count += 1;
    }
    println!("merged {count} items of two generators, in order, largest {previous}");
}
