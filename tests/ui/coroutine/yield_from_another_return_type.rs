use gen_core::{Generator, generator};

#[generator]
fn inner() -> impl Generator<Yield = u32, Return = &'static str> {
    yield_!(1);
    "done"
}

#[generator]
fn outer() -> impl Generator<Yield = u32, Return = usize> {
    let n: usize = yield_from!(inner());
    n
}

fn main() {
    let _ = outer();
}
