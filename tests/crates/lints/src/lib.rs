//! A user crate under strict lints (rule 14): `#![forbid(unsafe_code)]`,
//! `#![deny(warnings)]`, clippy `all` and `pedantic` denied, plus several
//! allow-by-default rustc lints. Every public item below is a generator in a
//! different form; `cargo clippy --workspace --all-targets -- -D warnings`
//! and `cargo build` over this crate prove the expansion adds no warning.
#![forbid(unsafe_code)]
#![deny(warnings)]
#![deny(clippy::all, clippy::pedantic)]
#![deny(
    missing_docs,
    missing_debug_implementations,
    rust_2018_idioms,
    unreachable_pub,
    unused_qualifications,
    unused_lifetimes,
    trivial_casts,
    trivial_numeric_casts,
    unused_extern_crates,
    unused_import_braces
)]

use std::collections::HashMap;
use std::fmt::Display;
use std::iter::FusedIterator;

use gen_core::generator;

/// Infinite Fibonacci numbers.
#[generator]
pub fn fib() -> impl Iterator<Item = u64> {
    let (mut a, mut b) = (0, 1);
    loop {
        yield_!(a);
        (a, b) = (b, a + b);
    }
}

/// Counts from `start` to `end` inclusive.
#[generator]
pub fn count_up(start: u32, end: u32) -> impl Iterator<Item = u32> {
    let mut n = start;
    while n <= end {
        yield_!(n);
        n += 1;
    }
}

/// Primes below `limit`, by trial division.
#[generator]
pub fn primes(limit: u32) -> impl Iterator<Item = u32> {
    let mut found = Vec::new();
    for n in 2..limit {
        if found.iter().all(|p| n % p != 0) {
            found.push(n);
            yield_!(n);
        }
    }
}

/// Every control-flow form with yields inside.
#[generator]
pub fn control_flow(values: Vec<Option<i32>>) -> impl Iterator<Item = i32> {
    'outer: for (i, value) in values.into_iter().enumerate() {
        let Some(v) = value else {
            yield_!(-1);
            continue;
        };
        match v {
            0 => yield_!(0),
            n if n < 0 => {
                if let Ok(k) = i32::try_from(i)
                    && k > 1
                {
                    yield_!(k);
                    break 'outer;
                }
                yield_!(n);
            }
            n => {
                let mut left = n;
                while left > 0 {
                    left -= 1;
                    if left % 2 == 0 {
                        continue;
                    }
                    yield_!(left);
                }
            }
        }
        let doubled = 'block: {
            if v > 10 {
                yield_!(v);
                break 'block v * 2;
            }
            v
        };
        let mut tries = 0;
        let result = loop {
            yield_!(doubled);
            tries += 1;
            if tries == 2 {
                break doubled + 1;
            }
        };
        yield_!(result);
    }
}

/// `yield_!` in expression positions.
#[generator]
pub fn expressions(a: u32) -> impl Iterator<Item = u32> {
    let sum = a + {
        yield_!(1);
        2
    };
    let r = u32::max(
        {
            yield_!(sum);
            sum
        },
        3,
    );
    if {
        yield_!(r);
        r > 2
    } {
        yield_!(4);
    }
}

/// Delegation and recursion without a user-written `Box`.
#[generator]
pub fn countdown(n: u32) -> impl Iterator<Item = u32> {
    if n > 0 {
        yield_!(n);
        yield_from!(countdown(n - 1));
    }
}

/// The `?` operator with a conversion.
///
/// # Errors
///
/// Yields the first parse error, converted to a `String`, then finishes.
#[generator]
pub fn parse_all<'a>(items: &'a [&'a str]) -> impl Iterator<Item = Result<u32, String>> + 'a {
    for s in items {
        let n = s.parse::<u32>().map_err(|e| e.to_string())?;
        yield_!(Ok(n));
    }
}

/// `?` on `Option`.
#[generator]
pub fn until_none(items: Vec<Option<u8>>) -> impl Iterator<Item = u8> {
    for item in items {
        yield_!(item?);
    }
}

/// Borrows of arguments across yields.
#[generator]
pub fn windows(s: &[u32], n: usize) -> impl Iterator<Item = &[u32]> {
    let mut i = 0;
    while i + n <= s.len() {
        yield_!(&s[i..i + n]);
        i += 1;
    }
}

/// Kept locals without annotations.
#[generator]
pub fn word_counts(text: &str) -> impl Iterator<Item = (String, usize)> {
    let mut counts = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word.to_owned()).or_insert(0) += 1;
        let count = counts[word];
        yield_!((word.to_owned(), count));
    }
    yield_!((String::from("<distinct>"), counts.len()));
}

/// Generic, with a `where` clause and an `impl Trait` argument.
#[generator]
pub fn labelled<T>(prefix: impl Display, items: Vec<T>) -> impl Iterator<Item = String>
where
    T: Display,
{
    for item in items {
        yield_!(format!("{prefix}{item}"));
    }
}

/// Const generic chunks.
#[generator]
pub fn chunks<const N: usize>(items: Vec<u8>) -> impl Iterator<Item = [u8; N]> {
    let mut buf = [0; N];
    let mut len = 0;
    for item in items {
        buf[len] = item;
        len += 1;
        if len == N {
            yield_!(buf);
            len = 0;
        }
    }
}

/// Clone, Send and Sync.
#[generator]
pub fn cloneable(n: u32) -> impl Iterator<Item = u32> + Clone + Send + Sync {
    for i in 0..n {
        yield_!(i);
    }
}

/// Declared fused.
#[generator]
pub fn fused(n: u32) -> impl FusedIterator<Item = u32> {
    yield_from!(0..n);
}

/// The boxed return form.
#[generator]
pub fn boxed<'a>(items: &'a [u32]) -> Box<dyn Iterator<Item = u32> + Send + 'a> {
    for item in items {
        yield_!(*item * 2);
    }
}

/// A binary tree.
#[derive(Debug)]
pub enum Tree {
    /// No value.
    Leaf,
    /// A value between two subtrees.
    Node(Box<Tree>, u32, Box<Tree>),
}

impl Tree {
    /// In-order traversal, recursing through a method call.
    #[generator]
    pub fn in_order(&self) -> impl Iterator<Item = u32> + '_ {
        if let Tree::Node(left, value, right) = self {
            yield_from!(left.in_order());
            yield_!(*value);
            yield_from!(right.in_order());
        }
    }

    /// Consumes the tree, recursing through a `Self::` path.
    #[generator]
    pub fn into_values(self) -> impl Iterator<Item = u32> {
        if let Tree::Node(left, value, right) = self {
            yield_from!(Self::into_values(*left));
            yield_!(value);
            yield_from!(Self::into_values(*right));
        }
    }
}

/// A source of numbers.
pub trait Source {
    /// The numbers.
    fn numbers(&self) -> impl Iterator<Item = u32>;

    /// A default generator method.
    #[generator]
    fn doubled(&self) -> impl Iterator<Item = u32> {
        for n in self.numbers() {
            yield_!(n * 2);
        }
    }
}

/// A counter.
#[derive(Debug)]
pub struct Counter {
    /// How far to count.
    pub limit: u32,
    /// How many items were handed out by `drain`.
    pub handed_out: u32,
}

impl Source for Counter {
    #[generator]
    fn numbers(&self) -> impl Iterator<Item = u32> {
        yield_from!(0..self.limit);
    }
}

impl Counter {
    /// Counts down `limit`, recording each item.
    #[generator]
    pub fn drain(&mut self) -> impl Iterator<Item = u32> + '_ {
        while self.limit > 0 {
            self.limit -= 1;
            self.handed_out += 1;
            yield_!(self.limit);
        }
    }
}

/// With attributes that must be kept.
#[generator]
#[inline]
#[must_use = "a generator does nothing until iterated"]
pub fn attributed(stop: bool) -> impl Iterator<Item = u8> {
    let _guard = String::from("kept to the end of scope");
    yield_!(1);
    if stop {
        return;
    }
    yield_!(2);
}

/// Patterns in argument position.
#[generator]
pub fn argument_patterns((a, b): (u8, u8), _: u8) -> impl Iterator<Item = u8> {
    yield_!(a);
    yield_!(b);
}

#[cfg(test)]
mod tests {
    use super::{
        Counter, Source, Tree, argument_patterns, attributed, boxed, chunks, cloneable,
        control_flow, count_up, countdown, expressions, fib, fused, labelled, parse_all, primes,
        until_none, windows, word_counts,
    };
    use gen_core::generator;

    #[generator]
    fn local_generator(n: u8) -> impl Iterator<Item = u8> {
        for i in 0..n {
            yield_!(i);
        }
    }

    #[test]
    fn every_form_runs() {
        assert_eq!(fib().take(5).collect::<Vec<_>>(), [0, 1, 1, 2, 3]);
        assert_eq!(count_up(1, 3).collect::<Vec<_>>(), [1, 2, 3]);
        assert_eq!(primes(12).collect::<Vec<_>>(), [2, 3, 5, 7, 11]);
        assert_eq!(
            control_flow(vec![Some(-5), None, Some(0), Some(11), Some(3), Some(-1)])
                .collect::<Vec<_>>(),
            [
                -5, -5, -5, -4, -1, 0, 0, 0, 1, 9, 7, 5, 3, 1, 11, 22, 22, 23, 1, 3, 3, 4, 5
            ]
        );
        assert_eq!(expressions(1).collect::<Vec<_>>(), [1, 3, 3, 4]);
        assert_eq!(countdown(3).collect::<Vec<_>>(), [3, 2, 1]);
        assert_eq!(
            parse_all(&["1", "x", "2"]).collect::<Vec<_>>(),
            [Ok(1), Err("invalid digit found in string".to_owned())]
        );
        assert_eq!(
            until_none(vec![Some(1), None, Some(2)]).collect::<Vec<_>>(),
            [1]
        );
        assert_eq!(windows(&[1, 2, 3], 2).count(), 2);
        assert_eq!(
            word_counts("a b a").collect::<Vec<_>>(),
            [
                ("a".to_owned(), 1),
                ("b".to_owned(), 1),
                ("a".to_owned(), 2),
                ("<distinct>".to_owned(), 2)
            ]
        );
        assert_eq!(labelled('#', vec![1, 2]).collect::<Vec<_>>(), ["#1", "#2"]);
        assert_eq!(chunks::<2>(vec![1, 2, 3]).collect::<Vec<_>>(), [[1, 2]]);
        assert_eq!(cloneable(2).clone().collect::<Vec<_>>(), [0, 1]);
        assert_eq!(fused(2).collect::<Vec<_>>(), [0, 1]);
        assert_eq!(boxed(&[1, 2]).collect::<Vec<_>>(), [2, 4]);
        assert_eq!(attributed(true).collect::<Vec<_>>(), [1]);
        assert_eq!(attributed(false).collect::<Vec<_>>(), [1, 2]);
        assert_eq!(argument_patterns((1, 2), 3).collect::<Vec<_>>(), [1, 2]);
        assert_eq!(local_generator(2).collect::<Vec<_>>(), [0, 1]);
    }

    #[test]
    fn methods_and_traits() {
        let leaf = |v| Tree::Node(Box::new(Tree::Leaf), v, Box::new(Tree::Leaf));
        let tree = Tree::Node(Box::new(leaf(1)), 2, Box::new(leaf(3)));
        assert_eq!(tree.in_order().collect::<Vec<_>>(), [1, 2, 3]);
        assert_eq!(tree.into_values().collect::<Vec<_>>(), [1, 2, 3]);
        let mut counter = Counter {
            limit: 3,
            handed_out: 0,
        };
        assert_eq!(counter.doubled().collect::<Vec<_>>(), [0, 2, 4]);
        assert_eq!(counter.drain().take(2).collect::<Vec<_>>(), [2, 1]);
        assert_eq!((counter.limit, counter.handed_out), (1, 2));
    }
}

/// A coroutine: the running total of what it is sent, completing with the
/// count once it is sent zero.
#[generator]
pub fn running_total(
    #[resume] first: u32,
) -> impl gen_core::Generator<u32, Yield = u64, Return = usize> {
    let mut total = u64::from(first);
    let mut count = usize::from(first != 0);
    let mut next = first;
    while next != 0 {
        next = yield_!(total);
        total += u64::from(next);
        count += usize::from(next != 0);
    }
    count
}

/// A coroutine resumed with `()`, delegating and using the delegate's result.
#[generator]
pub fn halves(n: u32) -> impl gen_core::Generator<Yield = u32, Return = u32> {
    let mut steps = 0;
    let mut n = n;
    while n > 1 {
        yield_!(n);
        n /= 2;
        steps += 1;
    }
    let rest = yield_from!(countdown_to(steps));
    rest + steps
}

/// Counts down, returning how far it counted.
#[generator]
pub fn countdown_to(n: u32) -> impl gen_core::Generator<Yield = u32, Return = u32> {
    for i in (1..=n).rev() {
        yield_!(i);
    }
    n
}

/// A coroutine whose `?` completes with the error.
#[generator]
pub fn parse_each(
    #[resume] first: &'static str,
) -> impl gen_core::Generator<&'static str, Yield = i64, Return = Result<(), std::num::ParseIntError>>
{
    let mut word = first;
    while !word.is_empty() {
        word = yield_!(word.parse::<i64>()?);
    }
    Ok(())
}

/// Squares of the odd numbers below `limit`, from a `gen!` block.
pub fn odd_squares(limit: u64) -> impl Iterator<Item = u64> + Clone {
    gen_core::r#gen! {
        for n in 0..limit {
            if n % 2 == 1 {
                yield n * n;
            }
        }
    }
}

/// Words of each line, from a `gen!` block inside an iterator chain.
pub fn words<'a>(lines: &'a [&'a str]) -> impl Iterator<Item = &'a str> + 'a {
    lines.iter().flat_map(|line| {
        gen_core::r#gen! {
            for word in line.split_whitespace() {
                yield word;
            }
        }
    })
}

/// Numbered labels: `label` is overwritten right after each yield, so it is
/// not kept there (its `mut` must still not warn).
#[generator]
pub fn labels(count: u32) -> impl Iterator<Item = String> {
    let mut label = String::from("start");
    for i in 0..count {
        yield_!(label);
        label = format!("item {i}");
    }
}

/// Echoes what it is sent: `value` is overwritten by each resume value.
#[generator]
pub fn echo(#[resume] first: String) -> impl gen_core::Generator<String, Yield = usize> {
    let mut value = first;
    loop {
        value = yield_!(value.len());
    }
}

/// Echoes resume values until it is sent zero: `last` starts as a resume
/// value and is overwritten by each later one.
#[generator]
pub fn until_zero(#[resume] _: u32) -> impl gen_core::Generator<u32, Yield = u32, Return = u32> {
    let mut last = yield_!(0);
    while last != 0 {
        last = yield_!(last);
    }
    last
}

/// Yields the numbers it is sent until one is odd, and returns that one.
#[generator]
pub fn first_odd(#[resume] first: u64) -> impl gen_core::Generator<u64, Yield = u64, Return = u64> {
    let mut n = first;
    loop {
        if n % 2 == 1 {
            return n;
        }
        n = yield_!(n);
    }
}

/// Breaks out of its loop with the first resume value after a yield.
#[generator]
pub fn first_answer(#[resume] _: u32) -> impl gen_core::Generator<u32, Yield = u32, Return = u32> {
    let answer = loop {
        break yield_!(1);
    };
    answer + 1
}
