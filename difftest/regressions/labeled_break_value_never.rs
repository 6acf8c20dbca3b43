// difftest regression (hand-minimized): a labeled block whose value comes from `break 'b v;` followed by an
// unreachable tail is typed `!` (E0277: cannot add `i32` to `!`). Found by seed 8247589982502214466.
// ==== generator ====
use crate::rt::*;

pub fn start(log: Log) -> impl Iterator<Item = i64> {
    run(log, 11)
}

#[::gen_core::generator]
pub fn run(log: Log, a0: i64) -> impl Iterator<Item = i64> {
    let x3 = 'b: {
        yield_!(1);
        break 'b 17;
        5
    };
    yield_!(x3 + 1);
}
// ==== oracle ====
use crate::rt::*;

pub fn start(log: Log, out: &mut Vec<i64>) {
    let a0 = 11_i64;
    let x3 = 'b: {
        emit(out, &log, 1);
        break 'b 17;
        5
    };
    emit(out, &log, x3 + 1);
}
