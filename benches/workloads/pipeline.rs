//! A three-stage pipeline over an in-memory buffer of 200 000 lines: read lines
//! → drop empty lines → split on commas. Each stage is its own generator; the
//! consumer folds the field lengths into an order-sensitive checksum. "Items"
//! are the fields the last stage yields.
//!
//! `hand` uses `str::lines` directly for the first stage (what one writes by
//! hand) and structs for the other two.

pub type Input = String;

pub fn input() -> Input {
    let mut s = String::new();
    let mut x = 0x2545_F491_4F6C_DD1D_u64;
    for i in 0..200_000u32 {
        if i % 5 == 4 {
            s.push('\n');
            continue;
        }
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let fields = 1 + (x % 6);
        for f in 0..fields {
            if f > 0 {
                s.push(',');
            }
            let len = (x >> (8 * f)) % 9;
            for c in 0..len {
                s.push(char::from(b'a' + ((c + f) % 26) as u8));
            }
        }
        s.push('\n');
    }
    s
}

pub fn items(input: &Input) -> u64 {
    input
        .lines()
        .filter(|l| !l.is_empty())
        .map(|l| l.split(',').count() as u64)
        .sum()
}

/// The consumer: an order-sensitive checksum of the field lengths.
#[inline]
pub fn consume<'a, I: Iterator<Item = &'a str>>(fields: I) -> u64 {
    let mut acc = 0u64;
    for f in fields {
        acc = acc.wrapping_mul(31).wrapping_add(f.len() as u64 + 1);
    }
    acc
}

standard_impls!(coroutine, gen_macro);

pub mod hand {
    use std::str::Split;

    pub struct NonEmpty<I>(I);

    impl<'a, I: Iterator<Item = &'a str>> Iterator for NonEmpty<I> {
        type Item = &'a str;

        #[inline]
        fn next(&mut self) -> Option<&'a str> {
            loop {
                let line = self.0.next()?;
                if !line.is_empty() {
                    return Some(line);
                }
            }
        }
    }

    pub struct Fields<'a, I> {
        lines: I,
        cur: Option<Split<'a, char>>,
    }

    impl<'a, I: Iterator<Item = &'a str>> Iterator for Fields<'a, I> {
        type Item = &'a str;

        #[inline]
        fn next(&mut self) -> Option<&'a str> {
            loop {
                if let Some(parts) = &mut self.cur
                    && let Some(f) = parts.next()
                {
                    return Some(f);
                }
                self.cur = Some(self.lines.next()?.split(','));
            }
        }
    }

    pub fn pipeline(buf: &str) -> Fields<'_, NonEmpty<std::str::Lines<'_>>> {
        Fields {
            lines: NonEmpty(buf.lines()),
            cur: None,
        }
    }

    pub fn run(buf: &String) -> u64 {
        super::consume(pipeline(buf))
    }
}

pub mod generator {
    use gen_core::generator;

    #[generator]
    pub fn lines(buf: &str) -> impl Iterator<Item = &str> {
        for line in buf.lines() {
            yield_!(line);
        }
    }

    #[generator]
    pub fn non_empty<'a, I: Iterator<Item = &'a str>>(lines: I) -> impl Iterator<Item = &'a str> {
        for line in lines {
            if !line.is_empty() {
                yield_!(line);
            }
        }
    }

    #[generator]
    pub fn fields<'a, I: Iterator<Item = &'a str>>(lines: I) -> impl Iterator<Item = &'a str> {
        for line in lines {
            for field in line.split(',') {
                yield_!(field);
            }
        }
    }

    pub fn pipeline(buf: &str) -> impl Iterator<Item = &str> {
        fields(non_empty(lines(buf)))
    }

    pub fn run(buf: &String) -> u64 {
        super::consume(pipeline(buf))
    }
}

pub mod from_fn {
    pub fn lines(buf: &str) -> impl Iterator<Item = &str> {
        let mut it = buf.lines();
        std::iter::from_fn(move || it.next())
    }

    pub fn non_empty<'a, I: Iterator<Item = &'a str>>(
        mut lines: I,
    ) -> impl Iterator<Item = &'a str> {
        std::iter::from_fn(move || {
            loop {
                let line = lines.next()?;
                if !line.is_empty() {
                    return Some(line);
                }
            }
        })
    }

    pub fn fields<'a, I: Iterator<Item = &'a str>>(mut lines: I) -> impl Iterator<Item = &'a str> {
        let mut cur: Option<std::str::Split<'a, char>> = None;
        std::iter::from_fn(move || {
            loop {
                if let Some(parts) = &mut cur
                    && let Some(f) = parts.next()
                {
                    return Some(f);
                }
                cur = Some(lines.next()?.split(','));
            }
        })
    }

    pub fn pipeline(buf: &str) -> impl Iterator<Item = &str> {
        fields(non_empty(lines(buf)))
    }

    pub fn run(buf: &String) -> u64 {
        super::consume(pipeline(buf))
    }
}

pub mod diapause {
    use std::str::{Lines, Split};

    #[diapause::coroutine(yield = &'a str)]
    pub fn lines<'a>(buf: &'a str) {
        let it: Lines<'a> = buf.lines();
        for line in it {
            yield_!(line);
        }
    }

    #[diapause::coroutine(yield = &'a str)]
    pub fn non_empty<'a, I: Iterator<Item = &'a str>>(lines: I) {
        for line in lines {
            if !line.is_empty() {
                yield_!(line);
            }
        }
    }

    #[diapause::coroutine(yield = &'a str)]
    pub fn fields<'a, I: Iterator<Item = &'a str>>(lines: I) {
        for line in lines {
            let parts: Split<'a, char> = line.split(',');
            for field in parts {
                yield_!(field);
            }
        }
    }

    pub fn pipeline(buf: &str) -> impl Iterator<Item = &str> {
        let l = lines(buf).into_iter();
        let n = non_empty(l).into_iter();
        fields(n).into_iter()
    }

    pub fn run(buf: &String) -> u64 {
        super::consume(pipeline(buf))
    }
}

pub mod genawaiter_stack {
    use genawaiter::stack::let_gen_using;

    pub fn run(buf: &String) -> u64 {
        let buf = buf.as_str();
        let_gen_using!(g1, |co| async move {
            for line in buf.lines() {
                co.yield_(line).await;
            }
        });
        let lines = g1.into_iter();
        let_gen_using!(g2, |co| async move {
            for line in lines {
                if !line.is_empty() {
                    co.yield_(line).await;
                }
            }
        });
        let lines = g2.into_iter();
        let_gen_using!(g3, |co| async move {
            for line in lines {
                for field in line.split(',') {
                    co.yield_(field).await;
                }
            }
        });
        super::consume(g3.into_iter())
    }
}

pub mod genawaiter_rc {
    use genawaiter::rc::Gen;

    pub fn lines(buf: &str) -> impl Iterator<Item = &str> {
        Gen::new(move |co| async move {
            for line in buf.lines() {
                co.yield_(line).await;
            }
        })
        .into_iter()
    }

    pub fn non_empty<'a, I: Iterator<Item = &'a str>>(lines: I) -> impl Iterator<Item = &'a str> {
        Gen::new(move |co| async move {
            for line in lines {
                if !line.is_empty() {
                    co.yield_(line).await;
                }
            }
        })
        .into_iter()
    }

    pub fn fields<'a, I: Iterator<Item = &'a str>>(lines: I) -> impl Iterator<Item = &'a str> {
        Gen::new(move |co| async move {
            for line in lines {
                for field in line.split(',') {
                    co.yield_(field).await;
                }
            }
        })
        .into_iter()
    }

    pub fn pipeline(buf: &str) -> impl Iterator<Item = &str> {
        fields(non_empty(lines(buf)))
    }

    pub fn run(buf: &String) -> u64 {
        super::consume(pipeline(buf))
    }
}

pub mod next_gen {
    use next_gen::prelude::*;

    #[generator(yield(&'a str))]
    fn lines<'a>(buf: &'a str) {
        for line in buf.lines() {
            yield_!(line);
        }
    }

    #[generator(yield(&'a str))]
    fn non_empty<'a, I: Iterator<Item = &'a str>>(lines: I) {
        for line in lines {
            if !line.is_empty() {
                yield_!(line);
            }
        }
    }

    #[generator(yield(&'a str))]
    fn fields<'a, I: Iterator<Item = &'a str>>(lines: I) {
        for line in lines {
            for field in line.split(',') {
                yield_!(field);
            }
        }
    }

    pub fn run(buf: &String) -> u64 {
        mk_gen!(let g1 = lines(buf));
        mk_gen!(let g2 = non_empty(g1));
        mk_gen!(let g3 = fields(g2));
        super::consume(g3)
    }
}

pub mod coroutine {
    use gen_core::{Generator, GeneratorState, generator};

    #[generator]
    pub fn lines(buf: &str) -> impl Generator<Yield = &str> {
        for line in buf.lines() {
            yield_!(line);
        }
    }

    #[generator]
    pub fn non_empty<'a, G: Generator<Yield = &'a str>>(
        mut lines: G,
    ) -> impl Generator<Yield = &'a str> {
        while let GeneratorState::Yielded(line) = lines.resume(()) {
            if !line.is_empty() {
                yield_!(line);
            }
        }
    }

    #[generator]
    pub fn fields<'a, G: Generator<Yield = &'a str>>(
        mut lines: G,
    ) -> impl Generator<Yield = &'a str> {
        while let GeneratorState::Yielded(line) = lines.resume(()) {
            for field in line.split(',') {
                yield_!(field);
            }
        }
    }

    pub fn pipeline(buf: &str) -> impl Generator<Yield = &str> {
        fields(non_empty(lines(buf)))
    }

    /// [`super::consume`], driven by `resume(())`.
    pub fn run(buf: &String) -> u64 {
        let mut g = pipeline(buf);
        let mut acc = 0u64;
        while let GeneratorState::Yielded(f) = g.resume(()) {
            acc = acc.wrapping_mul(31).wrapping_add(f.len() as u64 + 1);
        }
        acc
    }
}

pub mod gen_macro {
    use gen_core::r#gen;

    pub fn lines(buf: &str) -> impl Iterator<Item = &str> {
        r#gen! {
            for line in buf.lines() {
                yield line;
            }
        }
    }

    pub fn non_empty<'a, I: Iterator<Item = &'a str>>(lines: I) -> impl Iterator<Item = &'a str> {
        r#gen! {
            for line in lines {
                if !line.is_empty() {
                    yield line;
                }
            }
        }
    }

    pub fn fields<'a, I: Iterator<Item = &'a str>>(lines: I) -> impl Iterator<Item = &'a str> {
        r#gen! {
            for line in lines {
                for field in line.split(',') {
                    yield field;
                }
            }
        }
    }

    pub fn pipeline(buf: &str) -> impl Iterator<Item = &str> {
        fields(non_empty(lines(buf)))
    }

    pub fn run(buf: &String) -> u64 {
        super::consume(pipeline(buf))
    }
}
