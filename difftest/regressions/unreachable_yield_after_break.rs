// difftest regression (hand-minimized): a yield after an unconditional `break` (unreachable code)
// makes the expansion fail type inference (E0282). Found by seeds 13601387403526643279, 18321967345486959988.
// ==== generator ====
use crate::rt::*;

pub fn start(log: Log) -> impl Iterator<Item = i64> {
    run(log, 11)
}

#[::gen_core::generator]
pub fn run(log: Log, a0: i64) -> impl Iterator<Item = i64> {
    for x in 0..3 {
        break;
        yield_!(x)
    }
    yield_!(7);
}
// ==== oracle ====
use crate::rt::*;

pub fn start(log: Log, out: &mut Vec<i64>) {
    let a0 = 11_i64;
    for x in 0..3 {
        break;
        emit(out, &log, x)
    }
    emit(out, &log, 7);
}
