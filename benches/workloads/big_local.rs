//! A generator that keeps a 4 KiB local array (`[u64; 512]`) across every
//! yield, updating one slot per item: resuming must not copy the array.

pub type Input = u64;

pub fn input() -> Input {
    1_000_000
}

pub fn items(n: &Input) -> u64 {
    *n
}

standard_impls!(coroutine, gen_macro);

pub mod hand {
    pub struct Big {
        buf: [u64; 512],
        i: u64,
        n: u64,
    }

    pub fn big_local(n: u64) -> Big {
        Big {
            buf: [0; 512],
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
                let idx = (i.wrapping_mul(7) & 511) as usize;
                self.buf[idx] = self.buf[idx].wrapping_add(i);
                self.i += 1;
                Some(self.buf[idx])
            } else {
                None
            }
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(big_local(*n))
    }
}

pub mod generator {
    use gen_core::generator;

    #[generator]
    pub fn big_local(n: u64) -> impl Iterator<Item = u64> {
        let mut buf = [0u64; 512];
        for i in 0..n {
            let idx = (i.wrapping_mul(7) & 511) as usize;
            buf[idx] = buf[idx].wrapping_add(i);
            yield_!(buf[idx]);
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(big_local(*n))
    }
}

pub mod from_fn {
    pub fn big_local(n: u64) -> impl Iterator<Item = u64> {
        let mut buf = [0u64; 512];
        let mut i = 0;
        std::iter::from_fn(move || {
            if i < n {
                let idx = (i.wrapping_mul(7) & 511) as usize;
                buf[idx] = buf[idx].wrapping_add(i);
                i += 1;
                Some(buf[idx])
            } else {
                None
            }
        })
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(big_local(*n))
    }
}

pub mod diapause {
    #[diapause::coroutine(yield = u64)]
    pub fn big_local(n: u64) {
        let mut buf: [u64; 512] = [0u64; 512];
        for i in 0..n {
            let idx = (i.wrapping_mul(7) & 511) as usize;
            buf[idx] = buf[idx].wrapping_add(i);
            yield_!(buf[idx]);
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(big_local(*n).into_iter())
    }
}

pub mod genawaiter_stack {
    use genawaiter::stack::let_gen_using;

    pub fn run(n: &u64) -> u64 {
        let n = *n;
        let_gen_using!(g, |co| async move {
            let mut buf = [0u64; 512];
            for i in 0..n {
                let idx = (i.wrapping_mul(7) & 511) as usize;
                buf[idx] = buf[idx].wrapping_add(i);
                co.yield_(buf[idx]).await;
            }
        });
        super::super::drain_sum(g.into_iter())
    }
}

pub mod genawaiter_rc {
    use genawaiter::rc::Gen;

    pub fn big_local(n: u64) -> impl Iterator<Item = u64> {
        Gen::new(move |co| async move {
            let mut buf = [0u64; 512];
            for i in 0..n {
                let idx = (i.wrapping_mul(7) & 511) as usize;
                buf[idx] = buf[idx].wrapping_add(i);
                co.yield_(buf[idx]).await;
            }
        })
        .into_iter()
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(big_local(*n))
    }
}

pub mod next_gen {
    use next_gen::prelude::*;

    #[generator(yield(u64))]
    fn big_local(n: u64) {
        let mut buf = [0u64; 512];
        for i in 0..n {
            let idx = (i.wrapping_mul(7) & 511) as usize;
            buf[idx] = buf[idx].wrapping_add(i);
            yield_!(buf[idx]);
        }
    }

    pub fn run(n: &u64) -> u64 {
        mk_gen!(let g = big_local(*n));
        super::super::drain_sum(g)
    }
}

pub mod coroutine {
    use gen_core::{Generator, generator};

    #[generator]
    pub fn big_local(n: u64) -> impl Generator<Yield = u64> {
        let mut buf = [0u64; 512];
        for i in 0..n {
            let idx = (i.wrapping_mul(7) & 511) as usize;
            buf[idx] = buf[idx].wrapping_add(i);
            yield_!(buf[idx]);
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_resume(big_local(*n))
    }
}

pub mod gen_macro {
    use gen_core::r#gen;

    pub fn big_local(n: u64) -> impl Iterator<Item = u64> {
        r#gen! {
            let mut buf = [0u64; 512];
            for i in 0..n {
                let idx = (i.wrapping_mul(7) & 511) as usize;
                buf[idx] = buf[idx].wrapping_add(i);
                yield buf[idx];
            }
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(big_local(*n))
    }
}
