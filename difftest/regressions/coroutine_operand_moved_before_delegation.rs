// difftest regression (hand-minimized from seed 12507396180624360743, found
// at 4cf9e0f, fixed in fe19ab3): an owned operand (`log.clone()`) spilled
// before a later operand that suspends inside a loop (a nested
// `yield_from!`) was moved into the call and again into the suspension
// state: E0382 "use of moved value".
// ==== mode: coroutine ====
// ==== generator ====
use crate::rt::*;

pub fn start(log: Log) -> impl Generator<i64, Yield = i64, Return = i64> {
    run(log, 4)
}

#[::gen_core::generator]
pub fn run(log: Log, #[resume] r0: i64, a0: i64) -> impl Generator<i64, Yield = i64, Return = i64> {
    let p1 = D::new(&log, true);
    let v = yield_from!(s1(log.clone(), yield_from!(co_range(0, 2), r0)), 5);
    p1.touch();
    v + a0
}

#[::gen_core::generator]
pub fn s1(log: Log, a0: i64, #[resume] r0: i64) -> impl Generator<i64, Yield = i64, Return = i64> {
    let f1 = D::new(&log, false);
    let x = yield_!(a0 + r0);
    x * 2 + f1.v()
}
// ==== oracle ====
use crate::rt::*;

pub const RSEED: u64 = 11;

pub fn start(log: Log, co: &mut Co) -> i64 {
    let r0 = co.first();
    run(log, co, 4, r0)
}

pub fn run(log: Log, co: &mut Co, a0: i64, r0: i64) -> i64 {
    let p1 = D::new(&log, true);
    let v = {
        let __a = {
            let __g = (0, 2);
            let __f = r0;
            co.range(__g.0, __g.1, __f)
        };
        let __f = 5;
        s1(log.clone(), co, __a, __f)
    };
    p1.touch();
    v + a0
}

pub fn s1(log: Log, co: &mut Co, a0: i64, r0: i64) -> i64 {
    let f1 = D::new(&log, false);
    let x = {
        let __y = a0 + r0;
        co.y(__y)
    };
    x * 2 + f1.v()
}
