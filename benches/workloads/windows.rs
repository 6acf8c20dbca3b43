//! Sliding-window sums (width 8) over a borrowed slice of 1M numbers: a
//! running sum kept across yields, an iterator over the slice kept across yields.
use std::iter::Zip;
use std::slice::Iter;

pub struct Input {
    pub data: Vec<u64>,
    pub k: usize,
}

pub fn input() -> Input {
    let mut x = 0x9E37_79B9_7F4A_7C15_u64;
    let data = (0..1_000_000)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x >> 40
        })
        .collect();
    Input { data, k: 8 }
}

pub fn items(input: &Input) -> u64 {
    (input.data.len() + 1).saturating_sub(input.k) as u64
}

/// Pairs `(entering, leaving)` for each step after the first window.
fn steps(data: &[u64], k: usize) -> Zip<Iter<'_, u64>, Iter<'_, u64>> {
    data[k..].iter().zip(data)
}

standard_impls!(coroutine, gen_macro);

pub mod hand {
    use std::iter::Zip;
    use std::slice::Iter;

    pub struct WindowSums<'a> {
        steps: Zip<Iter<'a, u64>, Iter<'a, u64>>,
        sum: u64,
        first: bool,
    }

    pub fn window_sums(data: &[u64], k: usize) -> WindowSums<'_> {
        let first = data.len() >= k;
        let sum = data[..k.min(data.len())]
            .iter()
            .fold(0u64, |s, &x| s.wrapping_add(x));
        WindowSums {
            steps: super::steps(data, k.min(data.len())),
            sum,
            first,
        }
    }

    impl Iterator for WindowSums<'_> {
        type Item = u64;

        #[inline]
        fn next(&mut self) -> Option<u64> {
            if self.first {
                self.first = false;
                return Some(self.sum);
            }
            let (&new, &old) = self.steps.next()?;
            self.sum = self.sum.wrapping_add(new).wrapping_sub(old);
            Some(self.sum)
        }
    }

    pub fn run(input: &super::Input) -> u64 {
        super::super::drain_sum(window_sums(&input.data, input.k))
    }
}

pub mod generator {
    use gen_core::generator;

    #[generator]
    pub fn window_sums<'a>(data: &'a [u64], k: usize) -> impl Iterator<Item = u64> + 'a {
        if data.len() < k {
            return;
        }
        let mut sum = data[..k].iter().fold(0u64, |s, &x| s.wrapping_add(x));
        yield_!(sum);
        for (&new, &old) in super::steps(data, k) {
            sum = sum.wrapping_add(new).wrapping_sub(old);
            yield_!(sum);
        }
    }

    pub fn run(input: &super::Input) -> u64 {
        super::super::drain_sum(window_sums(&input.data, input.k))
    }
}

pub mod from_fn {
    pub fn window_sums(data: &[u64], k: usize) -> impl Iterator<Item = u64> + '_ {
        let mut first = data.len() >= k;
        let mut sum = data[..k.min(data.len())]
            .iter()
            .fold(0u64, |s, &x| s.wrapping_add(x));
        let mut steps = super::steps(data, k.min(data.len()));
        std::iter::from_fn(move || {
            if first {
                first = false;
                return Some(sum);
            }
            let (&new, &old) = steps.next()?;
            sum = sum.wrapping_add(new).wrapping_sub(old);
            Some(sum)
        })
    }

    pub fn run(input: &super::Input) -> u64 {
        super::super::drain_sum(window_sums(&input.data, input.k))
    }
}

pub mod diapause {
    use super::steps;
    use std::iter::Zip;
    use std::slice::Iter;

    #[diapause::coroutine(yield = u64)]
    pub fn window_sums<'a>(data: &'a [u64], k: usize) {
        if data.len() < k {
            return;
        }
        let mut sum: u64 = data[..k].iter().fold(0u64, |s, &x| s.wrapping_add(x));
        yield_!(sum);
        let steps: Zip<Iter<'a, u64>, Iter<'a, u64>> = steps(data, k);
        for (&new, &old) in steps {
            sum = sum.wrapping_add(new).wrapping_sub(old);
            yield_!(sum);
        }
    }

    pub fn run(input: &super::Input) -> u64 {
        super::super::drain_sum(window_sums(&input.data, input.k).into_iter())
    }
}

pub mod genawaiter_stack {
    use genawaiter::stack::let_gen_using;

    pub fn run(input: &super::Input) -> u64 {
        let (data, k) = (&input.data[..], input.k);
        let_gen_using!(g, |co| async move {
            if data.len() < k {
                return;
            }
            let mut sum = data[..k].iter().fold(0u64, |s, &x| s.wrapping_add(x));
            co.yield_(sum).await;
            for (&new, &old) in super::steps(data, k) {
                sum = sum.wrapping_add(new).wrapping_sub(old);
                co.yield_(sum).await;
            }
        });
        super::super::drain_sum(g.into_iter())
    }
}

pub mod genawaiter_rc {
    use genawaiter::rc::Gen;

    pub fn window_sums(data: &[u64], k: usize) -> impl Iterator<Item = u64> + '_ {
        Gen::new(move |co| async move {
            if data.len() < k {
                return;
            }
            let mut sum = data[..k].iter().fold(0u64, |s, &x| s.wrapping_add(x));
            co.yield_(sum).await;
            for (&new, &old) in super::steps(data, k) {
                sum = sum.wrapping_add(new).wrapping_sub(old);
                co.yield_(sum).await;
            }
        })
        .into_iter()
    }

    pub fn run(input: &super::Input) -> u64 {
        super::super::drain_sum(window_sums(&input.data, input.k))
    }
}

pub mod next_gen {
    use next_gen::prelude::*;

    #[generator(yield(u64))]
    fn window_sums(data: &[u64], k: usize) {
        if data.len() < k {
            return;
        }
        let mut sum = data[..k].iter().fold(0u64, |s, &x| s.wrapping_add(x));
        yield_!(sum);
        for (&new, &old) in super::steps(data, k) {
            sum = sum.wrapping_add(new).wrapping_sub(old);
            yield_!(sum);
        }
    }

    pub fn run(input: &super::Input) -> u64 {
        mk_gen!(let g = window_sums(&input.data, input.k));
        super::super::drain_sum(g)
    }
}

pub mod coroutine {
    use gen_core::{Generator, generator};

    #[generator]
    pub fn window_sums<'a>(data: &'a [u64], k: usize) -> impl Generator<Yield = u64> + 'a {
        if data.len() < k {
            return;
        }
        let mut sum = data[..k].iter().fold(0u64, |s, &x| s.wrapping_add(x));
        yield_!(sum);
        for (&new, &old) in super::steps(data, k) {
            sum = sum.wrapping_add(new).wrapping_sub(old);
            yield_!(sum);
        }
    }

    pub fn run(input: &super::Input) -> u64 {
        super::super::drain_resume(window_sums(&input.data, input.k))
    }
}

pub mod gen_macro {
    use gen_core::r#gen;

    pub fn window_sums(data: &[u64], k: usize) -> impl Iterator<Item = u64> + '_ {
        r#gen! {
            if data.len() < k {
                return;
            }
            let mut sum = data[..k].iter().fold(0u64, |s, &x| s.wrapping_add(x));
            yield sum;
            for (&new, &old) in super::steps(data, k) {
                sum = sum.wrapping_add(new).wrapping_sub(old);
                yield sum;
            }
        }
    }

    pub fn run(input: &super::Input) -> u64 {
        super::super::drain_sum(window_sums(&input.data, input.k))
    }
}
