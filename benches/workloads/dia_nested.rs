//! diapause's published `nested(64)`: two nested loops yielding `i ^ j` for
//! `j < i < n` (2016 items).

pub type Input = u64;

pub fn input() -> Input {
    64
}

pub fn items(n: &Input) -> u64 {
    n * (n - 1) / 2
}

standard_impls!(coroutine, gen_macro);

pub mod hand {
    pub struct Nested {
        n: u64,
        i: u64,
        j: u64,
    }

    pub fn nested(n: u64) -> Nested {
        Nested { n, i: 0, j: 0 }
    }

    impl Iterator for Nested {
        type Item = u64;

        #[inline]
        fn next(&mut self) -> Option<u64> {
            while self.i < self.n {
                if self.j < self.i {
                    let v = self.i ^ self.j;
                    self.j += 1;
                    return Some(v);
                }
                self.i += 1;
                self.j = 0;
            }
            None
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(nested(*n))
    }
}

pub mod generator {
    use gen_core::generator;

    #[generator]
    pub fn nested(n: u64) -> impl Iterator<Item = u64> {
        for i in 0..n {
            for j in 0..i {
                yield_!(i ^ j);
            }
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(nested(*n))
    }
}

pub mod from_fn {
    pub fn nested(n: u64) -> impl Iterator<Item = u64> {
        let (mut i, mut j) = (0, 0);
        std::iter::from_fn(move || {
            while i < n {
                if j < i {
                    let v = i ^ j;
                    j += 1;
                    return Some(v);
                }
                i += 1;
                j = 0;
            }
            None
        })
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(nested(*n))
    }
}

pub mod diapause {
    #[diapause::coroutine(yield = u64)]
    pub fn nested(n: u64) {
        for i in 0..n {
            for j in 0..i {
                yield_!(i ^ j);
            }
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(nested(*n).into_iter())
    }
}

pub mod genawaiter_stack {
    use genawaiter::stack::let_gen_using;

    pub fn run(n: &u64) -> u64 {
        let n = *n;
        let_gen_using!(g, |co| async move {
            for i in 0..n {
                for j in 0..i {
                    co.yield_(i ^ j).await;
                }
            }
        });
        super::super::drain_sum(g.into_iter())
    }
}

pub mod genawaiter_rc {
    use genawaiter::rc::Gen;

    pub fn nested(n: u64) -> impl Iterator<Item = u64> {
        Gen::new(move |co| async move {
            for i in 0..n {
                for j in 0..i {
                    co.yield_(i ^ j).await;
                }
            }
        })
        .into_iter()
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(nested(*n))
    }
}

pub mod next_gen {
    use next_gen::prelude::*;

    #[generator(yield(u64))]
    fn nested(n: u64) {
        for i in 0..n {
            for j in 0..i {
                yield_!(i ^ j);
            }
        }
    }

    pub fn run(n: &u64) -> u64 {
        mk_gen!(let g = nested(*n));
        super::super::drain_sum(g)
    }
}

pub mod coroutine {
    use gen_core::{Generator, generator};

    #[generator]
    pub fn nested(n: u64) -> impl Generator<Yield = u64> {
        for i in 0..n {
            for j in 0..i {
                yield_!(i ^ j);
            }
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_resume(nested(*n))
    }
}

pub mod gen_macro {
    use gen_core::r#gen;

    pub fn nested(n: u64) -> impl Iterator<Item = u64> {
        r#gen! {
            for i in 0..n {
                for j in 0..i {
                    yield i ^ j;
                }
            }
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(nested(*n))
    }
}
