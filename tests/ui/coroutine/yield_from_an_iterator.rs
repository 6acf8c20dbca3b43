use gen_core::{Generator, generator};

#[generator]
fn numbers() -> impl Generator<Yield = u32, Return = usize> {
    yield_from!(vec![1, 2, 3]);
    3
}

fn main() {
    let _ = numbers();
}
