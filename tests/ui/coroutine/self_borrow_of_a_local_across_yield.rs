use gen_core::{Generator, generator};

#[generator]
fn firsts() -> impl Generator<Yield = u32, Return = u32> {
    let numbers = vec![1, 2, 3];
    let first = &numbers[0];
    yield_!(*first);
    *first
}

fn main() {
    let _ = firsts();
}
