use gen_core::{Generator, generator};

#[generator]
fn lengths(#[resume] _: u32) -> impl Generator<u32, Yield = usize> {
    loop {
        let line: String = yield_!(0);
        yield_!(line.len());
    }
}

fn main() {
    let _ = lengths();
}
