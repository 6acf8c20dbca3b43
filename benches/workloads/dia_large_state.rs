//! diapause's published `large_state(1024)`: a `[u64; 32]` (256-byte) buffer
//! live across every yield; one slot updated and yielded per item.

pub type Input = u64;

pub fn input() -> Input {
    1024
}

pub fn items(n: &Input) -> u64 {
    *n
}

standard_impls!(coroutine, gen_macro);

pub mod hand {
    pub struct Big {
        buf: [u64; 32],
        i: u64,
        n: u64,
    }

    pub fn large_state(n: u64) -> Big {
        Big {
            buf: [0; 32],
            i: 0,
            n,
        }
    }

    impl Iterator for Big {
        type Item = u64;

        #[inline]
        fn next(&mut self) -> Option<u64> {
            if self.i < self.n {
                let i = self.i;
                let idx = (i & 31) as usize;
                self.buf[idx] = self.buf[idx].wrapping_add(i);
                self.i += 1;
                Some(self.buf[idx])
            } else {
                None
            }
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(large_state(*n))
    }
}

pub mod generator {
    use gen_core::generator;

    #[generator]
    pub fn large_state(n: u64) -> impl Iterator<Item = u64> {
        let mut buf = [0u64; 32];
        for i in 0..n {
            let idx = (i & 31) as usize;
            buf[idx] = buf[idx].wrapping_add(i);
            yield_!(buf[idx]);
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(large_state(*n))
    }
}

pub mod from_fn {
    pub fn large_state(n: u64) -> impl Iterator<Item = u64> {
        let mut buf = [0u64; 32];
        let mut i = 0;
        std::iter::from_fn(move || {
            if i < n {
                let idx = (i & 31) as usize;
                buf[idx] = buf[idx].wrapping_add(i);
                i += 1;
                Some(buf[idx])
            } else {
                None
            }
        })
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(large_state(*n))
    }
}

pub mod diapause {
    #[diapause::coroutine(yield = u64)]
    pub fn large_state(n: u64) {
        let mut buf: [u64; 32] = [0u64; 32];
        for i in 0..n {
            let idx = (i & 31) as usize;
            buf[idx] = buf[idx].wrapping_add(i);
            yield_!(buf[idx]);
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(large_state(*n).into_iter())
    }
}

pub mod genawaiter_stack {
    use genawaiter::stack::let_gen_using;

    pub fn run(n: &u64) -> u64 {
        let n = *n;
        let_gen_using!(g, |co| async move {
            let mut buf = [0u64; 32];
            for i in 0..n {
                let idx = (i & 31) as usize;
                buf[idx] = buf[idx].wrapping_add(i);
                co.yield_(buf[idx]).await;
            }
        });
        super::super::drain_sum(g.into_iter())
    }
}

pub mod genawaiter_rc {
    use genawaiter::rc::Gen;

    pub fn large_state(n: u64) -> impl Iterator<Item = u64> {
        Gen::new(move |co| async move {
            let mut buf = [0u64; 32];
            for i in 0..n {
                let idx = (i & 31) as usize;
                buf[idx] = buf[idx].wrapping_add(i);
                co.yield_(buf[idx]).await;
            }
        })
        .into_iter()
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(large_state(*n))
    }
}

pub mod next_gen {
    use next_gen::prelude::*;

    #[generator(yield(u64))]
    fn large_state(n: u64) {
        let mut buf = [0u64; 32];
        for i in 0..n {
            let idx = (i & 31) as usize;
            buf[idx] = buf[idx].wrapping_add(i);
            yield_!(buf[idx]);
        }
    }

    pub fn run(n: &u64) -> u64 {
        mk_gen!(let g = large_state(*n));
        super::super::drain_sum(g)
    }
}

pub mod coroutine {
    use gen_core::{Generator, generator};

    #[generator]
    pub fn large_state(n: u64) -> impl Generator<Yield = u64> {
        let mut buf = [0u64; 32];
        for i in 0..n {
            let idx = (i & 31) as usize;
            buf[idx] = buf[idx].wrapping_add(i);
            yield_!(buf[idx]);
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_resume(large_state(*n))
    }
}

pub mod gen_macro {
    use gen_core::r#gen;

    pub fn large_state(n: u64) -> impl Iterator<Item = u64> {
        r#gen! {
            let mut buf = [0u64; 32];
            for i in 0..n {
                let idx = (i & 31) as usize;
                buf[idx] = buf[idx].wrapping_add(i);
                yield buf[idx];
            }
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(large_state(*n))
    }
}
