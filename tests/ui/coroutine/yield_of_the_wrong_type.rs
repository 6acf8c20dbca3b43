use gen_core::{Generator, generator};

#[generator]
fn words(#[resume] first: u32) -> impl Generator<u32, Yield = u32, Return = ()> {
    let n = yield_!(first);
    yield_!("done");
    let _ = n;
}

fn main() {
    let _ = words();
}
