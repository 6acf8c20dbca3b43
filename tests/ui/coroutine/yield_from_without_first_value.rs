use gen_core::{Generator, generator};

#[generator]
fn echo(#[resume] first: u32) -> impl Generator<u32, Yield = u32, Return = u32> {
    let n = yield_!(first);
    n
}

#[generator]
fn twice(#[resume] first: u32) -> impl Generator<u32, Yield = u32, Return = u32> {
    let a = yield_from!(echo());
    let b = yield_from!(echo());
    a + b + first
}

fn main() {
    let _ = twice();
}
