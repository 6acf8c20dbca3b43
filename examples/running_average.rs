//! A coroutine fed through `resume`: each value sent in comes back as the
//! running average of everything sent so far.
//!
//! `averages` returns `impl Generator<f64, Yield = f64, Return = Summary>`.
//! The first `resume(x)` starts the body with `x` bound to the `#[resume]`
//! parameter `first`; after that, `yield_!(avg)` hands `avg` back to the
//! caller and evaluates to the next value the caller sends. Sending `NaN` ends
//! the stream: the body returns a summary, which `resume` reports as
//! `GeneratorState::Complete`.
//!
//! ```sh
//! cargo run --example running_average
//! ```
use gen_core::{Generator, GeneratorState, generator};

/// What the coroutine reports when it is told to stop.
#[derive(Debug, PartialEq)]
struct Summary {
    count: u32,
    mean: f64,
    min: f64,
    max: f64,
}

/// Yields the mean of every number it has been sent; finishes with a
/// [`Summary`] when sent `NaN`.
#[generator]
fn averages(#[resume] first: f64) -> impl Generator<f64, Yield = f64, Return = Summary> {
    let mut x = first;
    let (mut count, mut total) = (0_u32, 0.0_f64);
    let (mut min, mut max) = (f64::INFINITY, f64::NEG_INFINITY);
    while !x.is_nan() {
        count += 1;
        total += x;
        min = min.min(x);
        max = max.max(x);
        x = yield_!(total / f64::from(count));
    }
    let mean = if count == 0 {
        f64::NAN
    } else {
        total / f64::from(count)
    };
    Summary {
        count,
        mean,
        min,
        max,
    }
}

fn main() {
    let readings = [12.0, 15.5, 9.0, 20.0, 13.5, 18.0];

    let mut avg = averages();
    println!("sent   running average");
    let mut last = 0.0;
    for &r in &readings {
        match avg.resume(r) {
            GeneratorState::Yielded(a) => {
                println!("{r:>5.1}   {a:.3}");
                last = a;
            }
            GeneratorState::Complete(s) => unreachable!("stopped early: {s:?}"),
        }
    }
    let expected = readings.iter().sum::<f64>() / 6.0;
    assert!((last - expected).abs() < 1e-12);

    // Sending NaN finishes the body; its return value comes back as `Complete`.
    let GeneratorState::Complete(summary) = avg.resume(f64::NAN) else {
        panic!("NaN should end the stream");
    };
    println!("summary: {summary:?}");
    assert_eq!(summary.count, 6);
    assert_eq!((summary.min, summary.max), (9.0, 20.0));

    // Coroutines are values: two of them run side by side, each with its own state.
    let (mut a, mut b) = (averages(), averages());
    let mut pairs = Vec::new();
    for i in 1..=4 {
        let x = f64::from(i);
        let ya = a.resume(x).yielded().expect("still running");
        let yb = b.resume(x * x).yielded().expect("still running");
        pairs.push((ya, yb));
    }
    println!("mean of 1..=n and of their squares: {pairs:?}");
    assert_eq!(pairs.last(), Some(&(2.5, 7.5)));

    // Resuming with NaN straight away: the body runs once and returns at once.
    let empty = averages().resume(f64::NAN).complete().expect("completes");
    println!("nothing sent: count {}, mean {}", empty.count, empty.mean);
    assert_eq!(empty.count, 0);
}
