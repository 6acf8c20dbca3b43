#![deny(warnings)]

use gen_core::{Generator, GeneratorState, generator};

// The first resume value dropped by `_`, and `yield_!` statements whose resume
// values go unused: neither warns.
#[generator]
fn ticks(#[resume] _: u32) -> impl Generator<u32, Yield = u32, Return = ()> {
    yield_!(1);
    yield_!(2);
}

// A pattern receives the first resume value; later ones are destructured
// from `yield_!`.
#[generator]
fn sums(#[resume] (a, b): (u32, u32)) -> impl Generator<(u32, u32), Yield = u32, Return = u32> {
    let mut total = a + b;
    loop {
        let (c, d) = yield_!(total);
        if c == 0 {
            return total;
        }
        total += c + d;
    }
}

// Generic over the resume type, boxed, and `Send`.
#[generator]
fn echo<T: Clone + Send + 'static>(
    #[resume] first: T,
) -> Box<dyn Generator<T, Yield = T, Return = ()> + Send> {
    let mut value = first;
    loop {
        let next = yield_!(value.clone());
        value = next;
    }
}

struct Scale {
    factor: u32,
}

impl Scale {
    // A method: `&self` stays a parameter, `#[resume]` does not.
    #[generator]
    fn apply(&self, #[resume] first: u32) -> impl Generator<u32, Yield = u32, Return = ()> + '_ {
        let mut n = first;
        while n != 0 {
            let next = yield_!(n * self.factor);
            n = next;
        }
    }
}

// `?` completes the coroutine with the error.
#[generator]
fn parse(
    #[resume] first: String,
) -> impl Generator<String, Yield = u32, Return = Result<(), std::num::ParseIntError>> {
    let mut line = first;
    while !line.is_empty() {
        let n: u32 = line.trim().parse()?;
        let next = yield_!(n);
        line = next;
    }
    Ok(())
}

// Delegation: with the delegate's first value, and without it when both
// are resumed with `()`; `yield_from!` evaluates to the delegate's return value.
#[generator]
fn inner() -> impl Generator<Yield = u8, Return = usize> {
    yield_!(1);
    2
}

#[generator]
fn outer(#[resume] first: (u32, u32)) -> impl Generator<(u32, u32), Yield = u32, Return = u32> {
    let n = yield_from!(sums(), first);
    n * 10
}

#[generator]
fn inner_unit() -> impl Generator<Yield = u32, Return = u32> {
    let n = yield_from!(inner_as_u32());
    n + 1
}

#[generator]
fn inner_as_u32() -> impl Generator<Yield = u32, Return = u32> {
    let mut g = inner();
    loop {
        match g.resume(()) {
            GeneratorState::Yielded(y) => yield_!(u32::from(y)),
            GeneratorState::Complete(r) => return u32::try_from(r).unwrap_or(0),
        }
    }
}

fn main() {
    let mut t = ticks();
    assert_eq!(t.resume(0), GeneratorState::Yielded(1));

    let mut s = sums();
    assert_eq!(s.resume((1, 2)), GeneratorState::Yielded(3));
    assert_eq!(s.resume((0, 0)), GeneratorState::Complete(3));

    let mut e = echo::<&str>();
    assert_eq!(e.resume("a"), GeneratorState::Yielded("a"));

    let scale = Scale { factor: 2 };
    let mut a = scale.apply();
    assert_eq!(a.resume(3), GeneratorState::Yielded(6));
    assert_eq!(a.resume(0), GeneratorState::Complete(()));

    let mut p = parse();
    assert_eq!(p.resume("4".to_owned()), GeneratorState::Yielded(4));
    assert!(matches!(
        p.resume("x".to_owned()),
        GeneratorState::Complete(Err(_))
    ));

    let mut o = outer();
    assert_eq!(o.resume((1, 1)), GeneratorState::Yielded(2));
    assert_eq!(o.resume((0, 0)), GeneratorState::Complete(20));

    let mut u = inner_unit();
    assert_eq!(u.resume(()), GeneratorState::Yielded(1));
    assert_eq!(u.resume(()), GeneratorState::Complete(3));
}
