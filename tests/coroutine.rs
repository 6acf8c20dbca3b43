//! Coroutine mode: `impl Generator<R, Yield = Y, Return = T>`.

use gen_core::{Generator, GeneratorState, generator};

#[generator]
fn totals(#[resume] first: u32) -> impl Generator<u32, Yield = u32, Return = usize> {
    let (mut total, mut count, mut n) = (0, 0, first);
    while n != 0 {
        total += n;
        count += 1;
        n = yield_!(total);
    }
    count
}

#[test]
fn resume_values_reach_the_body() {
    let mut g = totals();
    assert_eq!(g.resume(5), GeneratorState::Yielded(5));
    assert_eq!(g.resume(2), GeneratorState::Yielded(7));
    assert_eq!(g.resume(0), GeneratorState::Complete(2));
}

#[generator]
fn inner() -> impl Generator<Yield = u8, Return = &'static str> {
    yield_!(1);
    yield_!(2);
    "inner done"
}

#[generator]
fn outer() -> impl Generator<Yield = u8, Return = usize> {
    let s = yield_from!(inner());
    yield_!(3);
    s.len()
}

#[test]
fn delegation_returns_the_delegates_value() {
    let mut g = outer();
    assert_eq!(g.resume(()), GeneratorState::Yielded(1));
    assert_eq!(g.resume(()), GeneratorState::Yielded(2));
    assert_eq!(g.resume(()), GeneratorState::Yielded(3));
    assert_eq!(g.resume(()), GeneratorState::Complete(10));
}
