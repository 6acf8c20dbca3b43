// difftest regression (found at fe19ab3 in a third of all programs, fixed by
// 9344282): a `let … else` whose initializer holds a block that suspends
// expanded to a `}` right before `else` (a syntax error).
// ==== generator ====
use crate::rt::*;

pub fn start(log: Log) -> impl Iterator<Item = i64> {
    run(log, 5)
}

#[::gen_core::generator]
pub fn run(log: Log, a0: i64) -> impl Iterator<Item = i64> {
    let p1 = D::new(&log, true);
    let Some(x1) = Some({
        yield_!(1);
        a0
    }) else {
        return;
    };
    let Some(x2) = some_if({
        yield_!(x1);
        p1.v()
    }) else {
        p1.touch();
        return;
    };
    yield_!(x2);
    p1.touch();
}
// ==== oracle ====
use crate::rt::*;

pub fn start(log: Log, out: &mut Vec<i64>) {
    let a0 = 5_i64;
    let p1 = D::new(&log, true);
    let Some(x1) = Some({
        emit(out, &log, 1);
        a0
    }) else {
        return;
    };
    let Some(x2) = some_if({
        emit(out, &log, x1);
        p1.v()
    }) else {
        p1.touch();
        return;
    };
    emit(out, &log, x2);
    p1.touch();
}
