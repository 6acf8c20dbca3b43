use gen_core::{Generator, generator};

#[generator]
fn scaled(#[resume] factor: u32) -> impl Generator<u32, Yield = u32, Return = ()> {
    let numbers = vec![1, 2, 3];
    let mut factor = factor;
    for n in &numbers {
        factor = yield_!(n * factor);
    }
}

fn main() {
    let _ = scaled();
}
