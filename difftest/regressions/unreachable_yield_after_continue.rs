// difftest regression (hand-minimized): a `yield_!` in unreachable code after `continue`
// makes the expansion fail type inference (E0283). Found by seed 7218765560745530832.
// ==== generator ====
use crate::rt::*;

pub fn start(log: Log) -> impl Iterator<Item = i64> {
    run(log, 11)
}

#[::gen_core::generator]
pub fn run(log: Log, a0: i64) -> impl Iterator<Item = i64> {
    for _ in 0..2 {
        continue;
        yield_!(a0)
    }
}
// ==== oracle ====
use crate::rt::*;

pub fn start(log: Log, out: &mut Vec<i64>) {
    let a0 = 11_i64;
    for _ in 0..2 {
        continue;
        emit(out, &log, a0)
    }
}
