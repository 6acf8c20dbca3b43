use gen_core::{Generator, generator};

#[generator]
fn echo(#[resume(first)] n: u32) -> impl Generator<u32, Yield = u32> {
    let mut n = n;
    loop {
        n = yield_!(n);
    }
}

fn main() {
    let _ = echo();
}
