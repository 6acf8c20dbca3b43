// Since gen-macro aa97302 the macro rejects this with a documented error ("hides a local of
// the same name"); the tester counts that as a limit, not a mismatch. Kept for the day
// it is supported.
// difftest regression (hand-minimized): an `if let` binding shadows a loop variable; E0425 after the `if let`.
// ==== generator ====
use crate::rt::*;

pub fn start(log: Log) -> impl Iterator<Item = i64> {
    run(log, 11)
}

#[::gen_core::generator]
pub fn run(log: Log, a0: i64) -> impl Iterator<Item = i64> {
    for x1 in 0..2 {
        if let Some(x1) = some_if(x1 + 1) {
            yield_!(x1);
        }
        yield_!(x1);
    }
}
// ==== oracle ====
use crate::rt::*;

pub fn start(log: Log, out: &mut Vec<i64>) {
    let a0 = 11_i64;
    for x1 in 0..2 {
        if let Some(x1) = some_if(x1 + 1) {
            emit(out, &log, x1);
        }
        emit(out, &log, x1);
    }
}
