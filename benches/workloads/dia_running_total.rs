//! diapause's published `running_total(1024)`, as an iterator. diapause's
//! version folds a resume argument back in, and its driver resumes with
//! `v & 7` of each yielded `v`; an `Iterator` has no resume argument, so the
//! bonus `sum & 7` is computed in the body: the yielded values are the same.
//! (The completion value, which diapause's driver adds to its sum, does not
//! exist for an iterator.)

pub type Input = u64;

pub fn input() -> Input {
    1024
}

pub fn items(n: &Input) -> u64 {
    *n
}

standard_impls!(coroutine, gen_macro);

pub mod hand {
    pub struct RunningTotal {
        n: u64,
        i: u64,
        sum: u64,
    }

    pub fn running_total(n: u64) -> RunningTotal {
        RunningTotal { n, i: 0, sum: 0 }
    }

    impl Iterator for RunningTotal {
        type Item = u64;

        #[inline]
        fn next(&mut self) -> Option<u64> {
            if self.i < self.n {
                let v = self.sum;
                self.sum = self.sum.wrapping_add(self.i).wrapping_add(v & 7);
                self.i += 1;
                Some(v)
            } else {
                None
            }
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(running_total(*n))
    }
}

pub mod generator {
    use gen_core::generator;

    #[generator]
    pub fn running_total(n: u64) -> impl Iterator<Item = u64> {
        let mut sum = 0u64;
        for i in 0..n {
            yield_!(sum);
            let bonus = sum & 7;
            sum = sum.wrapping_add(i).wrapping_add(bonus);
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(running_total(*n))
    }
}

pub mod from_fn {
    pub fn running_total(n: u64) -> impl Iterator<Item = u64> {
        let (mut i, mut sum) = (0u64, 0u64);
        std::iter::from_fn(move || {
            if i < n {
                let v = sum;
                sum = sum.wrapping_add(i).wrapping_add(v & 7);
                i += 1;
                Some(v)
            } else {
                None
            }
        })
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(running_total(*n))
    }
}

pub mod diapause {
    #[diapause::coroutine(yield = u64)]
    pub fn running_total(n: u64) {
        let mut sum: u64 = 0;
        for i in 0..n {
            yield_!(sum);
            let bonus = sum & 7;
            sum = sum.wrapping_add(i).wrapping_add(bonus);
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(running_total(*n).into_iter())
    }
}

pub mod genawaiter_stack {
    use genawaiter::stack::let_gen_using;

    pub fn run(n: &u64) -> u64 {
        let n = *n;
        let_gen_using!(g, |co| async move {
            let mut sum = 0u64;
            for i in 0..n {
                co.yield_(sum).await;
                let bonus = sum & 7;
                sum = sum.wrapping_add(i).wrapping_add(bonus);
            }
        });
        super::super::drain_sum(g.into_iter())
    }
}

pub mod genawaiter_rc {
    use genawaiter::rc::Gen;

    pub fn running_total(n: u64) -> impl Iterator<Item = u64> {
        Gen::new(move |co| async move {
            let mut sum = 0u64;
            for i in 0..n {
                co.yield_(sum).await;
                let bonus = sum & 7;
                sum = sum.wrapping_add(i).wrapping_add(bonus);
            }
        })
        .into_iter()
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(running_total(*n))
    }
}

pub mod next_gen {
    use next_gen::prelude::*;

    #[generator(yield(u64))]
    fn running_total(n: u64) {
        let mut sum = 0u64;
        for i in 0..n {
            yield_!(sum);
            let bonus = sum & 7;
            sum = sum.wrapping_add(i).wrapping_add(bonus);
        }
    }

    pub fn run(n: &u64) -> u64 {
        mk_gen!(let g = running_total(*n));
        super::super::drain_sum(g)
    }
}

pub mod coroutine {
    use gen_core::{Generator, generator};

    #[generator]
    pub fn running_total(n: u64) -> impl Generator<Yield = u64> {
        let mut sum = 0u64;
        for i in 0..n {
            yield_!(sum);
            let bonus = sum & 7;
            sum = sum.wrapping_add(i).wrapping_add(bonus);
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_resume(running_total(*n))
    }
}

pub mod gen_macro {
    use gen_core::r#gen;

    pub fn running_total(n: u64) -> impl Iterator<Item = u64> {
        r#gen! {
            let mut sum = 0u64;
            for i in 0..n {
                yield sum;
                let bonus = sum & 7;
                sum = sum.wrapping_add(i).wrapping_add(bonus);
            }
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(running_total(*n))
    }
}
