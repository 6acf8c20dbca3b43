// difftest regression (hand-minimized): an unreachable unlabeled `continue` after `break`, in
// a `let … else` that delegates with `yield_from!`, inside a `while` whose condition
// suspends: the expansion puts the `continue` inside a labeled block of its own (E0695).
// Found by seed 10597013857275550176 against gen-macro 199e796.
// ==== generator ====
use crate::rt::*;

pub fn start(log: Log) -> impl Iterator<Item = i64> {
    run(log, 11)
}

#[::gen_core::generator]
pub fn run(log: Log, a0: i64) -> impl Iterator<Item = i64> {
    let mut c3 = 0u32;
    while c3 < 2 && { yield_!(0); true } {
        c3 += 1;
        let Some(x5) = some_if(a0) else {
            yield_from!(0..2);
            break;
            continue;
        };
        { yield_!(1) }
    }
}
// ==== oracle ====
use crate::rt::*;

pub fn start(log: Log, out: &mut Vec<i64>) {
    let a0 = 11_i64;
    let mut c3 = 0u32;
    while c3 < 2 && { emit(out, &log, 0); true } {
        c3 += 1;
        let Some(x5) = some_if(a0) else {
            for __y in 0..2 { emit(out, &log, __y); }
            break;
            continue;
        };
        { emit(out, &log, 1) }
    }
}
