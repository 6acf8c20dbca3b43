// difftest regression (found at fe19ab3 in coroutine form, iterator form
// failing since at least 26d8d89; fixed in 644d14b): a local assigned right
// after a yield in the right operand of `&&` was not kept, but the
// continuation runs that operand behind the spilled left operand, so rustc
// saw a path on which it is unassigned (E0381).
// ==== generator ====
use crate::rt::*;

pub fn start(log: Log) -> impl Iterator<Item = i64> {
    run(log, 1)
}

#[::gen_core::generator]
pub fn run(log: Log, a0: i64) -> impl Iterator<Item = i64> {
    let mut r = a0;
    let mut c = 0;
    while c < 2 && {
        yield_!(r);
        r = 5;
        true
    } {
        c += 1;
    }
    yield_!(r);
}
// ==== oracle ====
use crate::rt::*;

pub fn start(log: Log, out: &mut Vec<i64>) {
    let a0 = 1_i64;
    let mut r = a0;
    let mut c = 0;
    while c < 2 && {
        emit(out, &log, r);
        r = 5;
        true
    } {
        c += 1;
    }
    emit(out, &log, r);
}
