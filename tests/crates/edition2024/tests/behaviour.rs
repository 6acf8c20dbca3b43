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

#[generator]
fn let_chain_on_resume_values(
    #[resume] _: Option<u32>,
) -> impl gen_core::Generator<Option<u32>, Yield = u32, Return = Vec<u32>> {
    let mut kept = Vec::new();
    for round in 0..3 {
        if let Some(x) = yield_!(round)
            && x > round
            && let Some(doubled) = x.checked_mul(2)
        {
            kept.push(doubled);
        }
    }
    kept
}

#[test]
fn coroutine_let_chain_over_a_resume_value() {
    use gen_core::Generator;
    use gen_core::GeneratorState::{Complete, Yielded};

    let mut g = let_chain_on_resume_values();
    assert_eq!(g.resume(None), Yielded(0));
    assert_eq!(g.resume(Some(5)), Yielded(1));
    assert_eq!(g.resume(Some(1)), Yielded(2));
    assert_eq!(g.resume(Some(u32::MAX)), Complete(vec![10]));
}

#[generator]
fn coroutine_implicit_capture(
    s: &[u32],
    #[resume] first: usize,
) -> impl gen_core::Generator<usize, Yield = u32, Return = u32> {
    let mut at = first;
    let mut sum = 0;
    while let Some(x) = s.get(at) {
        sum += x;
        at = yield_!(*x);
    }
    sum
}

#[test]
fn edition_2024_coroutine_captures_a_borrowed_argument_without_annotation() {
    use gen_core::Generator;
    use gen_core::GeneratorState::{Complete, Yielded};

    let data = vec![4, 5, 6];
    let mut g = coroutine_implicit_capture(&data);
    assert_eq!(g.resume(2), Yielded(6));
    assert_eq!(g.resume(0), Yielded(4));
    assert_eq!(g.resume(7), Complete(10));
}
