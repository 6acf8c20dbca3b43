//! Every workload of `benches/workloads/` written with nightly `gen` blocks,
//! the same bodies as the `generator` column with `yield v` for `yield_!(v)`.
#![allow(clippy::cast_possible_truncation)]

use crate::workloads::{self, Impl, bind, drain_sum};
use std::any::Any;
use std::rc::Rc;

/// The `gen_block` implementation of the named workload, bound to its input.
pub fn extra(name: &str, input: &dyn Any) -> Vec<Impl> {
    macro_rules! arm {
        ($m:ident) => {{
            let input = input
                .downcast_ref::<Rc<workloads::$m::Input>>()
                .expect("input type");
            vec![bind("gen_block", input, $m::run)]
        }};
    }
    match name {
        "fib" => arm!(fib),
        "filter_map" => arm!(filter_map),
        "tree" => arm!(tree),
        "merge" => arm!(merge),
        "windows" => arm!(windows),
        "pipeline" => arm!(pipeline),
        "nested_loops" => arm!(nested_loops),
        "big_local" => arm!(big_local),
        "dia_counter" => arm!(dia_counter),
        "dia_nested" => arm!(dia_nested),
        "dia_running_total" => arm!(dia_running_total),
        "dia_large_state" => arm!(dia_large_state),
        _ => Vec::new(),
    }
}

mod fib {
    pub fn fib() -> impl Iterator<Item = u64> {
        gen {
            let (mut a, mut b) = (0u64, 1u64);
            loop {
                yield a;
                (a, b) = (b, a.wrapping_add(b));
            }
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::drain_sum(fib().take(*n as usize))
    }
}

mod filter_map {
    pub fn odd_squares(n: u64) -> impl Iterator<Item = u64> {
        gen move {
            for x in 0..n {
                if x % 2 == 1 {
                    yield x * x;
                }
            }
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::drain_sum(odd_squares(*n))
    }
}

mod tree {
    use crate::workloads::tree::Node;

    pub fn inorder<'a>(node: &'a Node) -> impl Iterator<Item = u64> + 'a {
        gen move {
            if let Some(l) = &node.left {
                let sub: Box<dyn Iterator<Item = u64> + 'a> = Box::new(inorder(l));
                for v in sub {
                    yield v;
                }
            }
            yield node.val;
            if let Some(r) = &node.right {
                let sub: Box<dyn Iterator<Item = u64> + 'a> = Box::new(inorder(r));
                for v in sub {
                    yield v;
                }
            }
        }
    }

    pub fn run(root: &Node) -> u64 {
        super::drain_sum(inorder(root))
    }
}

mod merge {
    pub fn multiples(step: u64, n: u64) -> impl Iterator<Item = u64> {
        gen move {
            for i in 0..n {
                yield i * step;
            }
        }
    }

    pub fn merge<A: Iterator<Item = u64>, B: Iterator<Item = u64>>(
        mut a: A,
        mut b: B,
    ) -> impl Iterator<Item = u64> {
        gen move {
            let mut x = a.next();
            let mut y = b.next();
            loop {
                match (x, y) {
                    (Some(p), Some(q)) => {
                        if p <= q {
                            x = a.next();
                            yield p;
                        } else {
                            y = b.next();
                            yield q;
                        }
                    }
                    (Some(p), None) => {
                        x = a.next();
                        yield p;
                    }
                    (None, Some(q)) => {
                        y = b.next();
                        yield q;
                    }
                    (None, None) => break,
                }
            }
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::drain_sum(merge(multiples(2, *n), multiples(3, *n)))
    }
}

mod windows {
    use crate::workloads::windows::Input;

    pub fn window_sums(data: &[u64], k: usize) -> impl Iterator<Item = u64> + '_ {
        gen move {
            if data.len() < k {
                return;
            }
            let mut sum = data[..k].iter().fold(0u64, |s, &x| s.wrapping_add(x));
            yield sum;
            for (&new, &old) in data[k..].iter().zip(data) {
                sum = sum.wrapping_add(new).wrapping_sub(old);
                yield sum;
            }
        }
    }

    pub fn run(input: &Input) -> u64 {
        super::drain_sum(window_sums(&input.data, input.k))
    }
}

mod pipeline {
    pub fn lines(buf: &str) -> impl Iterator<Item = &str> {
        gen move {
            for line in buf.lines() {
                yield line;
            }
        }
    }

    pub fn non_empty<'a, I: Iterator<Item = &'a str>>(lines: I) -> impl Iterator<Item = &'a str> {
        gen move {
            for line in lines {
                if !line.is_empty() {
                    yield line;
                }
            }
        }
    }

    pub fn fields<'a, I: Iterator<Item = &'a str>>(lines: I) -> impl Iterator<Item = &'a str> {
        gen move {
            for line in lines {
                for field in line.split(',') {
                    yield field;
                }
            }
        }
    }

    #[allow(clippy::ptr_arg)]
    pub fn run(buf: &String) -> u64 {
        crate::workloads::pipeline::consume(fields(non_empty(lines(buf))))
    }
}

mod nested_loops {
    fn mix(i: u64, j: u64, k: u64) -> u64 {
        (i << 16) ^ (j << 8) ^ k
    }

    pub fn nested(n: u64) -> impl Iterator<Item = u64> {
        gen move {
            for i in 0..n {
                yield i;
                for j in 0..i {
                    for k in 0..j {
                        if j + k > i {
                            break;
                        }
                        yield mix(i, j, k);
                    }
                }
            }
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::drain_sum(nested(*n))
    }
}

macro_rules! big {
    ($m:ident, $len:literal, $idx:expr) => {
        mod $m {
            pub fn big(n: u64) -> impl Iterator<Item = u64> {
                gen move {
                    let mut buf = [0u64; $len];
                    for i in 0..n {
                        let idx = ($idx)(i) as usize;
                        buf[idx] = buf[idx].wrapping_add(i);
                        yield buf[idx];
                    }
                }
            }

            pub fn run(n: &u64) -> u64 {
                super::drain_sum(big(*n))
            }
        }
    };
}

big!(big_local, 512, |i: u64| i.wrapping_mul(7) & 511);
big!(dia_large_state, 32, |i: u64| i & 31);

mod dia_counter {
    pub fn counter(n: u64) -> impl Iterator<Item = u64> {
        gen move {
            for i in 0..n {
                yield i;
            }
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::drain_sum(counter(*n))
    }
}

mod dia_nested {
    pub fn nested(n: u64) -> impl Iterator<Item = u64> {
        gen move {
            for i in 0..n {
                for j in 0..i {
                    yield i ^ j;
                }
            }
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::drain_sum(nested(*n))
    }
}

mod dia_running_total {
    pub fn running_total(n: u64) -> impl Iterator<Item = u64> {
        gen move {
            let mut sum = 0u64;
            for i in 0..n {
                yield sum;
                let bonus = sum & 7;
                sum = sum.wrapping_add(i).wrapping_add(bonus);
            }
        }
    }

    pub fn run(n: &u64) -> u64 {
        super::drain_sum(running_total(*n))
    }
}
