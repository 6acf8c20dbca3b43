//! A triple nested loop with yields at two depths (the outer loop and the
//! innermost one) and an early `break` out of the innermost loop.

pub type Input = u64;

pub fn input() -> Input {
    200
}

pub fn items(n: &Input) -> u64 {
    let mut c = 0;
    for i in 0..*n {
        c += 1;
        for j in 0..i {
            for k in 0..j {
                if j + k > i {
                    break;
                }
                c += 1;
            }
        }
    }
    c
}

#[inline]
fn mix(i: u64, j: u64, k: u64) -> u64 {
    (i << 16) ^ (j << 8) ^ k
}

standard_impls!(coroutine, gen_macro);

pub mod hand {
    pub struct Nested {
        n: u64,
        i: u64,
        j: u64,
        k: u64,
        inner: bool,
    }

    pub fn nested(n: u64) -> Nested {
        Nested {
            n,
            i: 0,
            j: 0,
            k: 0,
            inner: false,
        }
    }

    impl Iterator for Nested {
        type Item = u64;

        #[inline]
        fn next(&mut self) -> Option<u64> {
            loop {
                if !self.inner {
                    if self.i >= self.n {
                        return None;
                    }
                    self.inner = true;
                    self.j = 0;
                    self.k = 0;
                    return Some(self.i);
                }
                if self.j >= self.i {
                    self.i += 1;
                    self.inner = false;
                    continue;
                }
                if self.k >= self.j || self.j + self.k > self.i {
                    self.j += 1;
                    self.k = 0;
                    continue;
                }
                let v = super::mix(self.i, self.j, self.k);
                self.k += 1;
                return Some(v);
            }
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
            yield_!(i);
            for j in 0..i {
                for k in 0..j {
                    if j + k > i {
                        break;
                    }
                    yield_!(super::mix(i, j, k));
                }
            }
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(nested(*n))
    }
}

pub mod from_fn {
    pub fn nested(n: u64) -> impl Iterator<Item = u64> {
        let (mut i, mut j, mut k, mut inner) = (0u64, 0u64, 0u64, false);
        std::iter::from_fn(move || {
            loop {
                if !inner {
                    if i >= n {
                        return None;
                    }
                    inner = true;
                    j = 0;
                    k = 0;
                    return Some(i);
                }
                if j >= i {
                    i += 1;
                    inner = false;
                    continue;
                }
                if k >= j || j + k > i {
                    j += 1;
                    k = 0;
                    continue;
                }
                let v = super::mix(i, j, k);
                k += 1;
                return Some(v);
            }
        })
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(nested(*n))
    }
}

pub mod diapause {
    use super::mix;

    #[diapause::coroutine(yield = u64)]
    pub fn nested(n: u64) {
        for i in 0..n {
            yield_!(i);
            for j in 0..i {
                for k in 0..j {
                    if j + k > i {
                        break;
                    }
                    yield_!(mix(i, j, k));
                }
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
                co.yield_(i).await;
                for j in 0..i {
                    for k in 0..j {
                        if j + k > i {
                            break;
                        }
                        co.yield_(super::mix(i, j, k)).await;
                    }
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
                co.yield_(i).await;
                for j in 0..i {
                    for k in 0..j {
                        if j + k > i {
                            break;
                        }
                        co.yield_(super::mix(i, j, k)).await;
                    }
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
            yield_!(i);
            for j in 0..i {
                for k in 0..j {
                    if j + k > i {
                        break;
                    }
                    yield_!(super::mix(i, j, k));
                }
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
            yield_!(i);
            for j in 0..i {
                for k in 0..j {
                    if j + k > i {
                        break;
                    }
                    yield_!(super::mix(i, j, k));
                }
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
                yield i;
                for j in 0..i {
                    for k in 0..j {
                        if j + k > i {
                            break;
                        }
                        yield super::mix(i, j, k);
                    }
                }
            }
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::super::drain_sum(nested(*n))
    }
}
