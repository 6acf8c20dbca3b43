use gen_core::{Generator, generator};

#[generator]
fn names() -> impl Generator<Yield = &'static str> {
    yield_!("one");
    yield_!("two");
}

#[generator]
fn numbers() -> impl Generator<Yield = u32> {
    yield_from!(names());
}

fn main() {
    let _ = numbers();
}
