use gen_core::{Generator, generator};

#[generator]
fn digits() -> impl Generator<Yield = u32, Return = ()> {
    yield_!(1);
    yield_!(2);
}

// `digits()` is resumed with `()`, this coroutine with `u32`: the delegate
// cannot take the resume values that `yield_from!` would pass on.
#[generator]
fn numbers(#[resume] first: u32) -> impl Generator<u32, Yield = u32, Return = ()> {
    yield_from!(digits(), ());
    yield_!(first);
}

fn main() {
    let _ = numbers();
}
