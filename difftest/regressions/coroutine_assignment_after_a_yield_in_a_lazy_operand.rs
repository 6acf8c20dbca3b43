// difftest regression (found at fe19ab3, seed 14953588286514570316 in
// coroutine mode; fixed in 644d14b): `r0 = yield_!(..)` in the right
// operand of `&&` in a `while` condition. `r0` is overwritten right after
// the point, so it is not kept, but the continuation evaluates
// `__t1 && ({ r0 = ..; r0 } ..)` again with the spilled left operand, so
// rustc sees a path on which `r0` is not assigned: E0381 at the next read.
// ==== mode: coroutine ====
// ==== generator ====
use crate::rt::*;

pub fn start(log: Log) -> impl Generator<i64, Yield = i64, Return = i64> {
    run(log, 9)
}

#[::gen_core::generator]
pub fn run(log: Log, #[resume] mut r0: i64, a0: i64) -> impl Generator<i64, Yield = i64, Return = i64> {
    let mut c1 = 0u32;
    while c1 < 3
        && (i64::rem_euclid(
            if !((r0) >= (2)) {
                yield_!(a0)
            } else {
                r0 = yield_!(yield_!(r0));
                r0 & 10
            },
            4,
        )) == (0)
    {
        c1 += 1;
    }
    r0
}
// ==== oracle ====
use crate::rt::*;

pub const RSEED: u64 = 3;

pub fn start(log: Log, co: &mut Co) -> i64 {
    let r0 = co.first();
    run(log, co, 9, r0)
}

pub fn run(log: Log, co: &mut Co, a0: i64, mut r0: i64) -> i64 {
    let mut c1 = 0u32;
    while c1 < 3
        && (i64::rem_euclid(
            if !((r0) >= (2)) {
                let __y = a0;
                co.y(__y)
            } else {
                r0 = {
                    let __y = {
                        let __y = r0;
                        co.y(__y)
                    };
                    co.y(__y)
                };
                r0 & 10
            },
            4,
        )) == (0)
    {
        c1 += 1;
    }
    r0
}
