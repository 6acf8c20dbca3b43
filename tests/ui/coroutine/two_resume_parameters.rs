use gen_core::{Generator, generator};

#[generator]
fn pairs(#[resume] a: u32, #[resume] b: u32) -> impl Generator<u32, Yield = u32> {
    let mut n = a + b;
    loop {
        n = yield_!(n);
    }
}

fn main() {
    let _ = pairs();
}
