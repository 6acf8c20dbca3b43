//! diapause's published `counter(1024)`: yields `0..n`, the minimal round trip.

pub type Input = u64;

pub fn input() -> Input {
    1024
}

pub fn items(n: &Input) -> u64 {
    *n
}

standard_impls!(coroutine, gen_macro);

pub mod hand {
    pub struct Counter {
        next: u64,
        n: u64,
    }

    pub fn counter(n: u64) -> Counter {
        Counter { next: 0, n }
    }

    impl Iterator for Counter {
        type Item = u64;

        #[inline]
        fn next(&mut self) -> Option<u64> {
            if self.next < self.n {
                let v = self.next;
                self.next += 1;
                Some(v)
            } else {
                None
            }
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(counter(*n))
    }
}

pub mod generator {
    use gen_core::generator;

    #[generator]
    pub fn counter(n: u64) -> impl Iterator<Item = u64> {
        for i in 0..n {
            yield_!(i);
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(counter(*n))
    }
}

pub mod from_fn {
    pub fn counter(n: u64) -> impl Iterator<Item = u64> {
        let mut next = 0;
        std::iter::from_fn(move || {
            if next < n {
                let v = next;
                next += 1;
                Some(v)
            } else {
                None
            }
        })
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(counter(*n))
    }
}

pub mod diapause {
    #[diapause::coroutine(yield = u64)]
    pub fn counter(n: u64) {
        for i in 0..n {
            yield_!(i);
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(counter(*n).into_iter())
    }
}

pub mod genawaiter_stack {
    use genawaiter::stack::let_gen_using;

    pub fn run(n: &u64) -> u64 {
        let n = *n;
        let_gen_using!(g, |co| async move {
            for i in 0..n {
                co.yield_(i).await;
            }
        });
        super::super::drain_sum(g.into_iter())
    }
}

pub mod genawaiter_rc {
    use genawaiter::rc::Gen;

    pub fn counter(n: u64) -> impl Iterator<Item = u64> {
        Gen::new(move |co| async move {
            for i in 0..n {
                co.yield_(i).await;
            }
        })
        .into_iter()
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(counter(*n))
    }
}

pub mod next_gen {
    use next_gen::prelude::*;

    #[generator(yield(u64))]
    fn counter(n: u64) {
        for i in 0..n {
            yield_!(i);
        }
    }

    pub fn run(n: &u64) -> u64 {
        mk_gen!(let g = counter(*n));
        super::super::drain_sum(g)
    }
}

pub mod coroutine {
    use gen_core::{Generator, generator};

    #[generator]
    pub fn counter(n: u64) -> impl Generator<Yield = u64> {
        for i in 0..n {
            yield_!(i);
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_resume(counter(*n))
    }
}

pub mod gen_macro {
    use gen_core::r#gen;

    pub fn counter(n: u64) -> impl Iterator<Item = u64> {
        r#gen! {
            for i in 0..n {
                yield i;
            }
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(counter(*n))
    }
}
