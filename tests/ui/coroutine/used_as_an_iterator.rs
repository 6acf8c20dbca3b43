use gen_core::{Generator, generator};

#[generator]
fn numbers() -> impl Generator<Yield = u32> {
    yield_!(1);
    yield_!(2);
}

fn main() {
    for n in numbers() {
        println!("{n}");
    }
}
