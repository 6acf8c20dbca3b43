//! Filter-map: `for x in 0..n { if x % 2 == 1 { yield x * x } }`, summed.

pub type Input = u64;

pub fn input() -> Input {
    1_000_000
}

pub fn items(n: &Input) -> u64 {
    n / 2
}

standard_impls!(coroutine, gen_macro);

pub mod hand {
    pub struct OddSquares {
        x: u64,
        n: u64,
    }

    pub fn odd_squares(n: u64) -> OddSquares {
        OddSquares { x: 0, n }
    }

    impl Iterator for OddSquares {
        type Item = u64;

        #[inline]
        fn next(&mut self) -> Option<u64> {
            while self.x < self.n {
                let x = self.x;
                self.x += 1;
                if x % 2 == 1 {
                    return Some(x * x);
                }
            }
            None
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(odd_squares(*n))
    }
}

pub mod generator {
    use gen_core::generator;

    #[generator]
    pub fn odd_squares(n: u64) -> impl Iterator<Item = u64> {
        for x in 0..n {
            if x % 2 == 1 {
                yield_!(x * x);
            }
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(odd_squares(*n))
    }
}

pub mod from_fn {
    pub fn odd_squares(n: u64) -> impl Iterator<Item = u64> {
        let mut x = 0;
        std::iter::from_fn(move || {
            while x < n {
                let v = x;
                x += 1;
                if v % 2 == 1 {
                    return Some(v * v);
                }
            }
            None
        })
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(odd_squares(*n))
    }
}

pub mod diapause {
    #[diapause::coroutine(yield = u64)]
    pub fn odd_squares(n: u64) {
        for x in 0..n {
            if x % 2 == 1 {
                yield_!(x * x);
            }
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(odd_squares(*n).into_iter())
    }
}

pub mod genawaiter_stack {
    use genawaiter::stack::let_gen_using;

    pub fn run(n: &u64) -> u64 {
        let n = *n;
        let_gen_using!(g, |co| async move {
            for x in 0..n {
                if x % 2 == 1 {
                    co.yield_(x * x).await;
                }
            }
        });
        super::super::drain_sum(g.into_iter())
    }
}

pub mod genawaiter_rc {
    use genawaiter::rc::Gen;

    pub fn odd_squares(n: u64) -> impl Iterator<Item = u64> {
        Gen::new(move |co| async move {
            for x in 0..n {
                if x % 2 == 1 {
                    co.yield_(x * x).await;
                }
            }
        })
        .into_iter()
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(odd_squares(*n))
    }
}

pub mod next_gen {
    use next_gen::prelude::*;

    #[generator(yield(u64))]
    fn odd_squares(n: u64) {
        for x in 0..n {
            if x % 2 == 1 {
                yield_!(x * x);
            }
        }
    }

    pub fn run(n: &u64) -> u64 {
        mk_gen!(let g = odd_squares(*n));
        super::super::drain_sum(g)
    }
}

pub mod coroutine {
    use gen_core::{Generator, generator};

    #[generator]
    pub fn odd_squares(n: u64) -> impl Generator<Yield = u64> {
        for x in 0..n {
            if x % 2 == 1 {
                yield_!(x * x);
            }
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_resume(odd_squares(*n))
    }
}

pub mod gen_macro {
    use gen_core::r#gen;

    pub fn odd_squares(n: u64) -> impl Iterator<Item = u64> {
        r#gen! {
            for x in 0..n {
                if x % 2 == 1 {
                    yield x * x;
                }
            }
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(odd_squares(*n))
    }
}
