use gen_core::{Generator, generator};

#[generator]
fn echo(#[resume] first: &str) -> impl Generator<u32, Yield = u32> {
    let mut n = first.len() as u32;
    loop {
        n = yield_!(n);
    }
}

fn main() {
    let _ = echo();
}
