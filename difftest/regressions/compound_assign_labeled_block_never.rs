// difftest regression, minimized from seed 17572018150292189431.
// Failed with: MISMATCH: the #[generator] form does not compile:
// src/p2/gen.rs:12:4: error[E0277]: no implementation for `i64 ^= !`: no implementation for `i64 ^= !`
// ==== generator ====
use crate::rt::*;

pub fn start(log: Log) -> impl Iterator<Item = i64> {
    run(log, 2)
}

#[::gen_core::generator]
pub fn run(log: Log, a0: i64) -> impl Iterator<Item = i64> {
    let o1 = Some({
        yield_!({
            yield_!(a0);
            a0
        });
        0
    });
    let mut x2 = 1;
    let Some(x18) = o1 else {
        x2 ^= 'b13: {
            {
                let mut v14 = seq(a0);
                let Some(x15) = some_if((-1)) else {
                    break 'b13 (v14.len() as i64);
                };
                yield_from!((i64::rem_euclid(after(yield_!(a0), x2), 3))..(i64::rem_euclid(0, 6)));
            }
            yield_!(a0);
            3
        };
        return;
    };
}

#[::gen_core::generator]
pub fn s1(log: Log, a0: i64) -> impl Iterator<Item = i64> {
    let p1 = D::new(&log, true);
    p1.touch();
}

#[::gen_core::generator]
pub fn s2(log: Log, a0: i64) -> impl Iterator<Item = i64> {}

// ==== oracle ====
use crate::rt::*;

pub fn start(log: Log, out: &mut Vec<i64>) {
    run(log, out, 2);
}

fn run_inner(log: Log, out: &mut Vec<i64>, a0: i64) -> Result<(), String> {
    {
        let o1 = Some({
            {
                let __y = {
                    {
                        let __y = a0;
                        emit(out, &log, __y)
                    };
                    a0
                };
                emit(out, &log, __y)
            };
            0
        });
        let mut x2 = 1;
        let Some(x18) = o1 else {
            x2 ^= 'b13: {
                {
                    let mut v14 = seq(a0);
                    let Some(x15) = some_if((-1)) else {
                        break 'b13 (v14.len() as i64);
                    };
                    for __y in (i64::rem_euclid(
                        after(
                            {
                                let __y = a0;
                                emit(out, &log, __y)
                            },
                            x2,
                        ),
                        3,
                    ))..(i64::rem_euclid(0, 6))
                    {
                        emit(out, &log, __y);
                    }
                }
                {
                    let __y = a0;
                    emit(out, &log, __y)
                };
                3
            };
            return Ok(());
        };
    }
    Ok(())
}

pub fn run(log: Log, out: &mut Vec<i64>, a0: i64) {
    let _ = run_inner(log, out, a0);
}

fn s1_inner(log: Log, out: &mut Vec<i64>, a0: i64) -> Result<(), String> {
    {
        let p1 = D::new(&log, true);
        p1.touch();
    }
    Ok(())
}

pub fn s1(log: Log, out: &mut Vec<i64>, a0: i64) {
    let _ = s1_inner(log, out, a0);
}

fn s2_inner(log: Log, out: &mut Vec<i64>, a0: i64) -> Result<(), String> {
    {}
    Ok(())
}

pub fn s2(log: Log, out: &mut Vec<i64>, a0: i64) {
    let _ = s2_inner(log, out, a0);
}
