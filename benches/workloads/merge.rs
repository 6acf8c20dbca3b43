//! Merging two sorted generators (multiples of 2 and of 3, `n` each) into one
//! sorted stream. The inputs are generators of the same implementation.

pub type Input = u64;

pub fn input() -> Input {
    500_000
}

pub fn items(n: &Input) -> u64 {
    2 * n
}

standard_impls!(coroutine, gen_macro);

pub mod hand {
    pub struct Multiples {
        i: u64,
        n: u64,
        step: u64,
    }

    pub fn multiples(step: u64, n: u64) -> Multiples {
        Multiples { i: 0, n, step }
    }

    impl Iterator for Multiples {
        type Item = u64;

        #[inline]
        fn next(&mut self) -> Option<u64> {
            if self.i < self.n {
                let v = self.i * self.step;
                self.i += 1;
                Some(v)
            } else {
                None
            }
        }
    }

    pub struct Merge<A, B> {
        a: A,
        b: B,
        x: Option<u64>,
        y: Option<u64>,
    }

    pub fn merge<A: Iterator<Item = u64>, B: Iterator<Item = u64>>(
        mut a: A,
        mut b: B,
    ) -> Merge<A, B> {
        let x = a.next();
        let y = b.next();
        Merge { a, b, x, y }
    }

    impl<A: Iterator<Item = u64>, B: Iterator<Item = u64>> Iterator for Merge<A, B> {
        type Item = u64;

        #[inline]
        fn next(&mut self) -> Option<u64> {
            match (self.x, self.y) {
                (Some(p), Some(q)) => {
                    if p <= q {
                        self.x = self.a.next();
                        Some(p)
                    } else {
                        self.y = self.b.next();
                        Some(q)
                    }
                }
                (Some(p), None) => {
                    self.x = self.a.next();
                    Some(p)
                }
                (None, Some(q)) => {
                    self.y = self.b.next();
                    Some(q)
                }
                (None, None) => None,
            }
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(merge(multiples(2, *n), multiples(3, *n)))
    }
}

pub mod generator {
    use gen_core::generator;

    #[generator]
    pub fn multiples(step: u64, n: u64) -> impl Iterator<Item = u64> {
        for i in 0..n {
            yield_!(i * step);
        }
    }

    #[generator]
    pub fn merge<A: Iterator<Item = u64>, B: Iterator<Item = u64>>(
        mut a: A,
        mut b: B,
    ) -> impl Iterator<Item = u64> {
        let mut x = a.next();
        let mut y = b.next();
        loop {
            match (x, y) {
                (Some(p), Some(q)) => {
                    if p <= q {
                        x = a.next();
                        yield_!(p);
                    } else {
                        y = b.next();
                        yield_!(q);
                    }
                }
                (Some(p), None) => {
                    x = a.next();
                    yield_!(p);
                }
                (None, Some(q)) => {
                    y = b.next();
                    yield_!(q);
                }
                (None, None) => break,
            }
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(merge(multiples(2, *n), multiples(3, *n)))
    }
}

pub mod from_fn {
    pub fn multiples(step: u64, n: u64) -> impl Iterator<Item = u64> {
        let mut i = 0;
        std::iter::from_fn(move || {
            if i < n {
                let v = i * step;
                i += 1;
                Some(v)
            } else {
                None
            }
        })
    }

    pub fn merge<A: Iterator<Item = u64>, B: Iterator<Item = u64>>(
        mut a: A,
        mut b: B,
    ) -> impl Iterator<Item = u64> {
        let mut x = a.next();
        let mut y = b.next();
        std::iter::from_fn(move || match (x, y) {
            (Some(p), Some(q)) => {
                if p <= q {
                    x = a.next();
                    Some(p)
                } else {
                    y = b.next();
                    Some(q)
                }
            }
            (Some(p), None) => {
                x = a.next();
                Some(p)
            }
            (None, Some(q)) => {
                y = b.next();
                Some(q)
            }
            (None, None) => None,
        })
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(merge(multiples(2, *n), multiples(3, *n)))
    }
}

pub mod diapause {
    #[diapause::coroutine(yield = u64)]
    pub fn multiples(step: u64, n: u64) {
        for i in 0..n {
            yield_!(i * step);
        }
    }

    #[diapause::coroutine(yield = u64)]
    pub fn merge<A: Iterator<Item = u64>, B: Iterator<Item = u64>>(mut a: A, mut b: B) {
        let mut x: Option<u64> = a.next();
        let mut y: Option<u64> = b.next();
        loop {
            match (x, y) {
                (Some(p), Some(q)) => {
                    if p <= q {
                        x = a.next();
                        yield_!(p);
                    } else {
                        y = b.next();
                        yield_!(q);
                    }
                }
                (Some(p), None) => {
                    x = a.next();
                    yield_!(p);
                }
                (None, Some(q)) => {
                    y = b.next();
                    yield_!(q);
                }
                (None, None) => break,
            }
        }
    }

    pub fn run(n: &u64) -> u64 {
        let a = multiples(2, *n).into_iter();
        let b = multiples(3, *n).into_iter();
        super::super::drain_sum(merge(a, b).into_iter())
    }
}

pub mod genawaiter_stack {
    use genawaiter::stack::let_gen_using;

    pub fn run(n: &u64) -> u64 {
        let n = *n;
        let_gen_using!(ga, |co| async move {
            for i in 0..n {
                co.yield_(i * 2).await;
            }
        });
        let_gen_using!(gb, |co| async move {
            for i in 0..n {
                co.yield_(i * 3).await;
            }
        });
        let mut a = ga.into_iter();
        let mut b = gb.into_iter();
        let_gen_using!(g, |co| async move {
            let mut x = a.next();
            let mut y = b.next();
            loop {
                match (x, y) {
                    (Some(p), Some(q)) => {
                        if p <= q {
                            x = a.next();
                            co.yield_(p).await;
                        } else {
                            y = b.next();
                            co.yield_(q).await;
                        }
                    }
                    (Some(p), None) => {
                        x = a.next();
                        co.yield_(p).await;
                    }
                    (None, Some(q)) => {
                        y = b.next();
                        co.yield_(q).await;
                    }
                    (None, None) => break,
                }
            }
        });
        super::super::drain_sum(g.into_iter())
    }
}

pub mod genawaiter_rc {
    use genawaiter::rc::Gen;

    pub fn multiples(step: u64, n: u64) -> impl Iterator<Item = u64> {
        Gen::new(move |co| async move {
            for i in 0..n {
                co.yield_(i * step).await;
            }
        })
        .into_iter()
    }

    pub fn merge<A: Iterator<Item = u64>, B: Iterator<Item = u64>>(
        mut a: A,
        mut b: B,
    ) -> impl Iterator<Item = u64> {
        Gen::new(move |co| async move {
            let mut x = a.next();
            let mut y = b.next();
            loop {
                match (x, y) {
                    (Some(p), Some(q)) => {
                        if p <= q {
                            x = a.next();
                            co.yield_(p).await;
                        } else {
                            y = b.next();
                            co.yield_(q).await;
                        }
                    }
                    (Some(p), None) => {
                        x = a.next();
                        co.yield_(p).await;
                    }
                    (None, Some(q)) => {
                        y = b.next();
                        co.yield_(q).await;
                    }
                    (None, None) => break,
                }
            }
        })
        .into_iter()
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(merge(multiples(2, *n), multiples(3, *n)))
    }
}

pub mod next_gen {
    use next_gen::prelude::*;

    #[generator(yield(u64))]
    fn multiples(step: u64, n: u64) {
        for i in 0..n {
            yield_!(i * step);
        }
    }

    #[generator(yield(u64))]
    fn merge<A: Iterator<Item = u64>, B: Iterator<Item = u64>>(mut a: A, mut b: B) {
        let mut x = a.next();
        let mut y = b.next();
        loop {
            match (x, y) {
                (Some(p), Some(q)) => {
                    if p <= q {
                        x = a.next();
                        yield_!(p);
                    } else {
                        y = b.next();
                        yield_!(q);
                    }
                }
                (Some(p), None) => {
                    x = a.next();
                    yield_!(p);
                }
                (None, Some(q)) => {
                    y = b.next();
                    yield_!(q);
                }
                (None, None) => break,
            }
        }
    }

    pub fn run(n: &u64) -> u64 {
        mk_gen!(let a = multiples(2, *n));
        mk_gen!(let b = multiples(3, *n));
        mk_gen!(let g = merge(a, b));
        super::super::drain_sum(g)
    }
}

pub mod coroutine {
    use gen_core::{Generator, GeneratorState, generator};

    #[generator]
    pub fn multiples(step: u64, n: u64) -> impl Generator<Yield = u64> {
        for i in 0..n {
            yield_!(i * step);
        }
    }

    /// The next item of a coroutine, `None` once it completes. The merge
    /// never resumes an input after that (resuming a completed coroutine
    /// panics), as the other columns never call `next()` again.
    #[inline]
    fn next<G: Generator<Yield = u64>>(g: &mut G) -> Option<u64> {
        match g.resume(()) {
            GeneratorState::Yielded(v) => Some(v),
            GeneratorState::Complete(_) => None,
        }
    }

    #[generator]
    pub fn merge<A: Generator<Yield = u64>, B: Generator<Yield = u64>>(
        mut a: A,
        mut b: B,
    ) -> impl Generator<Yield = u64> {
        let mut x = next(&mut a);
        let mut y = next(&mut b);
        loop {
            match (x, y) {
                (Some(p), Some(q)) => {
                    if p <= q {
                        x = next(&mut a);
                        yield_!(p);
                    } else {
                        y = next(&mut b);
                        yield_!(q);
                    }
                }
                (Some(p), None) => {
                    x = next(&mut a);
                    yield_!(p);
                }
                (None, Some(q)) => {
                    y = next(&mut b);
                    yield_!(q);
                }
                (None, None) => break,
            }
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_resume(merge(multiples(2, *n), multiples(3, *n)))
    }
}

pub mod gen_macro {
    use gen_core::r#gen;

    pub fn multiples(step: u64, n: u64) -> impl Iterator<Item = u64> {
        r#gen! {
            for i in 0..n {
                yield i * step;
            }
        }
    }

    pub fn merge<A: Iterator<Item = u64>, B: Iterator<Item = u64>>(
        a: A,
        b: B,
    ) -> impl Iterator<Item = u64> {
        r#gen! {
            let mut x = a.next();
            let mut y = b.next();
            loop {
                match (x, y) {
                    (Some(p), Some(q)) => {
                        if p <= q {
                            x = a.next();
                            yield p;
                        } else {
                            y = b.next();
                            yield q;
                        }
                    }
                    (Some(p), None) => {
                        x = a.next();
                        yield p;
                    }
                    (None, Some(q)) => {
                        y = b.next();
                        yield q;
                    }
                    (None, None) => break,
                }
            }
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(merge(multiples(2, *n), multiples(3, *n)))
    }
}
