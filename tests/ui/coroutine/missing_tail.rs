use gen_core::{Generator, generator};

#[generator]
fn count() -> impl Generator<Yield = u32, Return = usize> {
    yield_!(1);
    yield_!(2);
}

fn main() {
    let _ = count();
}
