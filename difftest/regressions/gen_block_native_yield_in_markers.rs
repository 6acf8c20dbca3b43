// difftest regression (found at fe19ab3, fixed by 9344282), gen! blocks:
// a native `yield` inside the argument of `yield_!(..)` or `yield_from!(..)`
// was rejected as "a reserved keyword"; also the let-else of
// let_else_initializer_suspends.rs, with captured locals.
// ==== mode: block ====
// ==== generator ====
use crate::rt::*;

pub fn start(log: Log) -> impl Iterator<Item = i64> {
    run(log, 5)
}

pub fn run(log: Log, a0: i64) -> impl Iterator<Item = i64> {
    let k1 = a0 * 2;
    let mut v1 = seq(a0);
    ::gen_core::r#gen! {
        let Some(x1) = Some({ yield 1; k1 }) else { return; };
        yield_from!(0..{ yield x1; 2 });
        yield_!({ yield 7; k1 });
        let p1 = D::new(&log, true);
        while let Some(x2) = v1.pop() {
            yield_from!(s1(log.clone(), { yield x2; p1.v() }));
        }
        p1.touch();
    }
}

pub fn s1(log: Log, a0: i64) -> Box<dyn Iterator<Item = i64>> {
    Box::new(::gen_core::r#gen! {
        let f1 = D::new(&log, false);
        yield a0 + f1.v();
    })
}
// ==== oracle ====
use crate::rt::*;

pub fn start(log: Log, out: &mut Vec<i64>) {
    run(log, out, 5)
}

pub fn run(log: Log, out: &mut Vec<i64>, a0: i64) {
    let k1 = a0 * 2;
    let mut v1 = seq(a0);
    let Some(x1) = Some({ emit(out, &log, 1); k1 }) else { return; };
    for __y in (0..{ emit(out, &log, x1); 2 }) { emit(out, &log, __y); }
    { let __y = { emit(out, &log, 7); k1 }; emit(out, &log, __y) };
    let p1 = D::new(&log, true);
    while let Some(x2) = v1.pop() {
        let __a = { emit(out, &log, x2); p1.v() };
        s1(log.clone(), out, __a);
    }
    p1.touch();
}

pub fn s1(log: Log, out: &mut Vec<i64>, a0: i64) {
    let f1 = D::new(&log, false);
    emit(out, &log, a0 + f1.v());
}
