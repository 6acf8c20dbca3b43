// difftest regression (hand-minimized): the right operand of `&&` runs although the left one is false,
// when it holds two suspension points (its first one is hoisted before the `&&`).
// Generator yields [1, 0], Rust [0]. Found by seeds 17335042043601533988 and 11525152430629383138 (in `while` conditions).
// ==== generator ====
use crate::rt::*;

pub fn start(log: Log) -> impl Iterator<Item = i64> {
    run(log, 11)
}

#[::gen_core::generator]
pub fn run(log: Log, a0: i64) -> impl Iterator<Item = i64> {
    let c = 5;
    let b = c < 2 && mix({ yield_!(1); 5 }, { yield_!(2); 3 }) > 0;
    yield_!(b as i64);
}
// ==== oracle ====
use crate::rt::*;

pub fn start(log: Log, out: &mut Vec<i64>) {
    let a0 = 11_i64;
    let c = 5;
    let b = c < 2 && mix({ emit(out, &log, 1); 5 }, { emit(out, &log, 2); 3 }) > 0;
    emit(out, &log, b as i64);
}
