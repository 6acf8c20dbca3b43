use gen_core::{Generator, generator};

#[generator]
fn echo() -> impl Generator<u32, Yield = u32> {
    let mut n = 0;
    loop {
        n = yield_!(n);
    }
}

fn main() {
    let _ = echo();
}
