// difftest regression (found at fe19ab3; fixed in f7fdbca): in
// `yield_from!(g, first)`, a `first` that suspends runs before `g` is
// evaluated. Here `g` is `co_range(chk(a0)?, 5)` with `chk(3)` an `Err`: the
// oracle completes with the error after yielding 0 and 1; the generator
// yields `x` (the suspension in `first`) before the `?` in `g` completes it.
// ==== mode: coroutine ====
// ==== generator ====
use crate::rt::*;

pub fn start(log: Log) -> impl Generator<i64, Yield = i64, Return = Result<i64, String>> {
    run(log, 3)
}

#[::gen_core::generator]
pub fn run(
    log: Log,
    a0: i64,
    #[resume] r0: i64,
) -> impl Generator<i64, Yield = i64, Return = Result<i64, String>> {
    let x = yield_from!(co_range(0, 2), chk(r0)?);
    let y = yield_from!(
        co_range(chk(a0)?, 5),
        some_if(yield_!(x)).ok_or(String::from("none"))?
    );
    Ok(x + y)
}
// ==== oracle ====
use crate::rt::*;

pub const RSEED: u64 = 7;

pub fn start(log: Log, co: &mut Co) -> Result<i64, String> {
    let r0 = co.first();
    run(log, co, 3, r0)
}

pub fn run(log: Log, co: &mut Co, a0: i64, r0: i64) -> Result<i64, String> {
    let x = {
        let __g = (0, 2);
        let __f = chk(r0)?;
        co.range(__g.0, __g.1, __f)
    };
    let y = {
        let __g = (chk(a0)?, 5);
        let __f = some_if({
            let __y = x;
            co.y(__y)
        })
        .ok_or(String::from("none"))?;
        co.range(__g.0, __g.1, __f)
    };
    Ok(x + y)
}
