use gen_core::{Generator, generator};

#[generator]
fn digits() -> impl Iterator<Item = u32> {
    for d in 0..10 {
        yield_!(d);
    }
}

#[generator]
fn numbers() -> impl Generator<Yield = u32> {
    yield_from!(digits());
}

fn main() {
    let _ = numbers();
}
