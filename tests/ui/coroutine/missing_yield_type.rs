use gen_core::{Generator, generator};

#[generator]
fn echo(#[resume] first: u32) -> impl Generator<u32, Return = u32> {
    let n = yield_!(first);
    n
}

fn main() {
    let _ = echo();
}
