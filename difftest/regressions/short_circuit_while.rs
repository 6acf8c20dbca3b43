// difftest regression (hand-minimized): as short_circuit_and_spill, in a `while` condition: one extra item
// per loop exit. Reduced from seed 17335042043601533988.
// ==== generator ====
use crate::rt::*;

pub fn start(log: Log) -> impl Iterator<Item = i64> {
    run(log, 11)
}

#[::gen_core::generator]
pub fn run(log: Log, a0: i64) -> impl Iterator<Item = i64> {
    let mut c = 0;
    while c < 2 && ({ yield_!(1); 5 } >= { yield_!(2); 3 }) {
        c += 1;
    }
}
// ==== oracle ====
use crate::rt::*;

pub fn start(log: Log, out: &mut Vec<i64>) {
    let a0 = 11_i64;
    let mut c = 0;
    while c < 2 && ({ emit(out, &log, 1); 5 } >= { emit(out, &log, 2); 3 }) {
        c += 1;
    }
}
