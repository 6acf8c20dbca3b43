//! Fibonacci: one `yield` in an endless `loop`, consumed with `take(n)`.

pub type Input = u64;

pub fn input() -> Input {
    1_000_000
}

pub fn items(n: &Input) -> u64 {
    *n
}

standard_impls!(coroutine, gen_macro);

pub mod hand {
    /// The endless Fibonacci sequence, wrapping on overflow.
    pub struct Fib {
        a: u64,
        b: u64,
    }

    pub fn fib() -> Fib {
        Fib { a: 0, b: 1 }
    }

    impl Iterator for Fib {
        type Item = u64;

        #[inline]
        fn next(&mut self) -> Option<u64> {
            let a = self.a;
            (self.a, self.b) = (self.b, self.a.wrapping_add(self.b));
            Some(a)
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(fib().take(*n as usize))
    }
}

pub mod generator {
    use gen_core::generator;

    #[generator]
    pub fn fib() -> impl Iterator<Item = u64> {
        let (mut a, mut b) = (0u64, 1u64);
        loop {
            yield_!(a);
            (a, b) = (b, a.wrapping_add(b));
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(fib().take(*n as usize))
    }
}

pub mod from_fn {
    pub fn fib() -> impl Iterator<Item = u64> {
        let (mut a, mut b) = (0u64, 1u64);
        std::iter::from_fn(move || {
            let r = a;
            (a, b) = (b, a.wrapping_add(b));
            Some(r)
        })
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(fib().take(*n as usize))
    }
}

pub mod diapause {
    #[diapause::coroutine(yield = u64)]
    pub fn fib() {
        let mut a: u64 = 0;
        let mut b: u64 = 1;
        loop {
            yield_!(a);
            (a, b) = (b, a.wrapping_add(b));
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(fib().into_iter().take(*n as usize))
    }
}

pub mod genawaiter_stack {
    use genawaiter::stack::let_gen_using;

    pub fn run(n: &u64) -> u64 {
        let_gen_using!(g, |co| async move {
            let (mut a, mut b) = (0u64, 1u64);
            loop {
                co.yield_(a).await;
                (a, b) = (b, a.wrapping_add(b));
            }
        });
        super::super::drain_sum(g.into_iter().take(*n as usize))
    }
}

pub mod genawaiter_rc {
    use genawaiter::rc::Gen;

    pub fn fib() -> impl Iterator<Item = u64> {
        Gen::new(|co| async move {
            let (mut a, mut b) = (0u64, 1u64);
            loop {
                co.yield_(a).await;
                (a, b) = (b, a.wrapping_add(b));
            }
        })
        .into_iter()
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(fib().take(*n as usize))
    }
}

pub mod next_gen {
    use next_gen::prelude::*;

    #[generator(yield(u64))]
    fn fib() {
        let (mut a, mut b) = (0u64, 1u64);
        loop {
            yield_!(a);
            (a, b) = (b, a.wrapping_add(b));
        }
    }

    pub fn run(n: &u64) -> u64 {
        mk_gen!(let g = fib());
        super::super::drain_sum(g.take(*n as usize))
    }
}

pub mod coroutine {
    use gen_core::{Generator, generator};

    #[generator]
    pub fn fib() -> impl Generator<Yield = u64> {
        let (mut a, mut b) = (0u64, 1u64);
        loop {
            yield_!(a);
            (a, b) = (b, a.wrapping_add(b));
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_resume_take(fib(), *n)
    }
}

pub mod gen_macro {
    use gen_core::r#gen;

    pub fn fib() -> impl Iterator<Item = u64> {
        r#gen! {
            let (mut a, mut b) = (0u64, 1u64);
            loop {
                yield a;
                (a, b) = (b, a.wrapping_add(b));
            }
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(fib().take(*n as usize))
    }
}
