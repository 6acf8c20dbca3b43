//! Rule 10, borrows of arguments: a generator may hold borrows of its
//! arguments (`&'a [T]`, `&'a str`, `&'a mut Vec<T>`, fields reached through
//! them) across yields, and may keep such borrows in its own locals.
use gen_core::generator;

#[generator]
fn iter<'a, T>(s: &'a [T]) -> impl Iterator<Item = &'a T> + 'a {
    for x in s {
        yield_!(x);
    }
}

#[test]
fn rule_10_borrowed_slice_items_are_yielded_by_reference() {
    let data = vec![String::from("a"), String::from("b")];
    let got: Vec<&String> = iter(&data).collect();
    assert_eq!(got, ["a", "b"]);
    // The yielded references point into the caller's data, not into a copy.
    assert!(std::ptr::eq(
        std::ptr::from_ref(got[0]),
        std::ptr::from_ref(&data[0])
    ));
    assert!(std::ptr::eq(
        std::ptr::from_ref(got[1]),
        std::ptr::from_ref(&data[1])
    ));
}

#[generator]
fn windows(s: &[u32], n: usize) -> impl Iterator<Item = &[u32]> {
    let mut i = 0;
    while i + n <= s.len() {
        yield_!(&s[i..i + n]);
        i += 1;
    }
}

#[test]
fn rule_10_sliding_windows_over_a_borrowed_slice() {
    let data = [1, 2, 3, 4];
    let got: Vec<&[u32]> = windows(&data, 3).collect();
    assert_eq!(got, [&[1, 2, 3][..], &[2, 3, 4][..]]);
    assert_eq!(windows(&data, 5).count(), 0);
}

#[generator]
fn words(s: &str) -> impl Iterator<Item = &str> {
    for w in s.split_whitespace() {
        if !w.starts_with('#') {
            yield_!(w);
        }
    }
}

#[test]
fn rule_10_iterator_borrowing_a_str_argument_kept_across_yields() {
    let text = String::from("one #two three");
    assert_eq!(words(&text).collect::<Vec<_>>(), ["one", "three"]);
}

#[generator]
fn first_and_rest<'a>(s: &'a [u32]) -> impl Iterator<Item = u32> + 'a {
    let first = &s[0];
    let rest = &s[1..];
    yield_!(*first);
    for x in rest {
        yield_!(*x + *first);
    }
    yield_!(*first);
}

#[test]
fn rule_10_locals_holding_borrows_of_an_argument_kept_across_yields() {
    assert_eq!(
        first_and_rest(&[10, 1, 2]).collect::<Vec<_>>(),
        [10, 11, 12, 10]
    );
}

#[generator]
fn fill<'a>(out: &'a mut Vec<u32>) -> impl Iterator<Item = usize> + 'a {
    for i in 0..3 {
        out.push(i);
        yield_!(out.len());
    }
}

#[test]
fn rule_10_mutable_borrow_argument_used_across_yields() {
    let mut out = vec![7];
    let lens: Vec<usize> = fill(&mut out).collect();
    assert_eq!(lens, [2, 3, 4]);
    assert_eq!(out, [7, 0, 1, 2]);

    let mut partial = Vec::new();
    {
        let mut g = fill(&mut partial);
        assert_eq!(g.next(), Some(1));
    }
    assert_eq!(partial, [0]);
}

#[generator]
fn double_in_place(v: &mut [u32]) -> impl Iterator<Item = u32> {
    for x in v {
        *x *= 2;
        yield_!(*x);
    }
}

#[test]
fn rule_10_mutable_slice_items_changed_across_yields() {
    let mut data = [1, 2, 3];
    assert_eq!(double_in_place(&mut data).collect::<Vec<_>>(), [2, 4, 6]);
    assert_eq!(data, [2, 4, 6]);
}

struct Person {
    name: String,
    age: u32,
}

struct People {
    list: Vec<Person>,
}

#[generator]
fn adult_names(p: &People) -> impl Iterator<Item = &str> {
    for person in &p.list {
        if person.age >= 18 {
            yield_!(person.name.as_str());
        }
    }
}

#[test]
fn rule_10_borrow_of_a_field_reached_through_an_argument() {
    let people = People {
        list: vec![
            Person {
                name: "ann".into(),
                age: 30,
            },
            Person {
                name: "bob".into(),
                age: 9,
            },
            Person {
                name: "cy".into(),
                age: 18,
            },
        ],
    };
    assert_eq!(adult_names(&people).collect::<Vec<_>>(), ["ann", "cy"]);
}

#[generator]
fn zip_refs<'a, 'b>(a: &'a [u32], b: &'b [char]) -> impl Iterator<Item = (&'a u32, &'b char)> {
    let mut i = 0;
    while i < a.len() && i < b.len() {
        yield_!((&a[i], &b[i]));
        i += 1;
    }
}

#[test]
fn rule_10_two_independent_lifetimes() {
    let nums = vec![1, 2, 3];
    let chars = ['x', 'y'];
    let got: Vec<(&u32, &char)> = zip_refs(&nums, &chars).collect();
    assert_eq!(got, [(&1, &'x'), (&2, &'y')]);
}

#[generator]
fn merge_sorted<'a>(a: &'a [u32], b: &'a [u32]) -> impl Iterator<Item = u32> + 'a {
    let mut a = a.iter().peekable();
    let mut b = b.iter().peekable();
    loop {
        match (a.peek().copied(), b.peek().copied()) {
            (Some(&x), Some(&y)) => {
                if x <= y {
                    a.next();
                    yield_!(x);
                } else {
                    b.next();
                    yield_!(y);
                }
            }
            (Some(&x), None) => {
                a.next();
                yield_!(x);
            }
            (None, Some(&y)) => {
                b.next();
                yield_!(y);
            }
            (None, None) => return,
        }
    }
}

#[test]
fn rule_10_peekable_iterators_over_borrowed_slices_kept_across_yields() {
    assert_eq!(
        merge_sorted(&[1, 4, 5], &[2, 3, 6, 7]).collect::<Vec<_>>(),
        [1, 2, 3, 4, 5, 6, 7]
    );
}

#[generator]
fn borrow_ends_before_the_yield(text: &str) -> impl Iterator<Item = (String, usize)> {
    let mut counts = std::collections::HashMap::new();
    for word in text.split_whitespace() {
        // `count` borrows the local map, but the borrow ends before the
        // yield: nothing borrowed from a local is held across it.
        let count = counts.entry(word.to_owned()).or_insert(0);
        *count += 1;
        yield_!((word.to_owned(), *count));
    }
}

#[test]
fn rule_10_a_borrow_of_a_local_that_ends_before_the_yield_is_accepted() {
    assert_eq!(
        borrow_ends_before_the_yield("a b a").collect::<Vec<_>>(),
        [
            ("a".to_owned(), 1),
            ("b".to_owned(), 1),
            ("a".to_owned(), 2)
        ]
    );
}
