// difftest regression (hand-minimized): a labeled block left by `break 'b v` after a yield in
// a branch, with a suspending tail, is typed `!` (E0277: cannot multiply `!` by `i32`).
// Found by seed 3048152639497391055 (in a `let … else`), reduced by hand.
// ==== generator ====
use crate::rt::*;

pub fn start(log: Log) -> impl Iterator<Item = i64> {
    run(log, 11)
}

#[::gen_core::generator]
pub fn run(log: Log, a0: i64) -> impl Iterator<Item = i64> {
    let x = 'b: {
        if a0 > 100 {
            yield_!(1);
            break 'b 15;
        }
        after(yield_!(8), a0)
    };
    yield_!(x * 2);
}
// ==== oracle ====
use crate::rt::*;

pub fn start(log: Log, out: &mut Vec<i64>) {
    let a0 = 11_i64;
    let x = 'b: {
        if a0 > 100 {
            emit(out, &log, 1);
            break 'b 15;
        }
        after(emit(out, &log, 8), a0)
    };
    emit(out, &log, x * 2);
}
