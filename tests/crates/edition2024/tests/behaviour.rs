//! Edition 2024 behaviour: the same small tests as the 2021 crate, plus
//! let-chains and implicit lifetime capture.
#[path = "common/behaviour.rs"]
mod shared;

use gen_core::generator;

#[test]
fn library_countdown() {
    assert_eq!(gen_edition2024::countdown(3).collect::<Vec<_>>(), [3, 2, 1]);
}

#[generator]
fn let_chains(pairs: Vec<(Option<u32>, bool)>) -> impl Iterator<Item = u32> {
    for (a, flag) in pairs {
        if let Some(x) = a
            && flag
            && x > 1
        {
            yield_!(x);
        } else if let Some(x) = a {
            yield_!(x + 100);
        }
    }
}

#[test]
fn rule_3_let_chains() {
    assert_eq!(
        let_chains(vec![
            (Some(2), true),
            (Some(2), false),
            (None, true),
            (Some(1), true)
        ])
        .collect::<Vec<_>>(),
        [2, 102, 101]
    );
}

#[generator]
fn implicit_capture(s: &[u32]) -> impl Iterator<Item = u32> {
    for x in s {
        yield_!(*x + 1);
    }
}

#[test]
fn edition_2024_lifetimes_captured_without_annotation() {
    assert_eq!(implicit_capture(&[1, 2]).collect::<Vec<_>>(), [2, 3]);
}
