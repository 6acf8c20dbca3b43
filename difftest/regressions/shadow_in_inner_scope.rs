// Since gen-macro aa97302 the macro rejects this with a documented error ("hides a local of
// the same name"); the tester counts that as a limit, not a mismatch. Kept for the day
// it is supported.
// difftest regression (hand-minimized): an inner `let` shadows a kept local across a yield; the outer
// local is then not found after the inner scope (E0425). Found by seed 10451216379200822465
// (about a third of all random programs hit it).
// ==== generator ====
use crate::rt::*;

pub fn start(log: Log) -> impl Iterator<Item = i64> {
    run(log, 11)
}

#[::gen_core::generator]
pub fn run(log: Log, a0: i64) -> impl Iterator<Item = i64> {
    let x1 = 1;
    {
        let x1 = 2;
        yield_!(x1);
    }
    yield_!(x1);
}
// ==== oracle ====
use crate::rt::*;

pub fn start(log: Log, out: &mut Vec<i64>) {
    let a0 = 11_i64;
    let x1 = 1;
    {
        let x1 = 2;
        emit(out, &log, x1);
    }
    emit(out, &log, x1);
}
