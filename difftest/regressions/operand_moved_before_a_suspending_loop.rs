// difftest regression (hand-minimized, found at 4cf9e0f by the coroutine
// mode, fixed in fe19ab3), iterator form: an owned operand spilled before a
// later operand that suspends inside a `for` loop was moved twice (E0382).
// ==== generator ====
use crate::rt::*;

pub fn start(log: Log) -> impl Iterator<Item = i64> {
    run(log, 6)
}

#[::gen_core::generator]
pub fn run(log: Log, a0: i64) -> impl Iterator<Item = i64> {
    let v1 = seq(a0);
    let x = keep(
        vlen(v1, {
            for x2 in 0..2 {
                yield_!(x2);
            }
            1
        }),
        &[],
    );
    yield_!(x);
}
// ==== oracle ====
use crate::rt::*;

pub fn start(log: Log, out: &mut Vec<i64>) {
    let a0 = 6_i64;
    let v1 = seq(a0);
    let x = keep(
        vlen(v1, {
            for x2 in 0..2 {
                emit(out, &log, x2);
            }
            1
        }),
        &[],
    );
    emit(out, &log, x);
}
