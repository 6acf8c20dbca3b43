use gen_core::{Generator, generator};

#[generator]
fn numbers() -> Box<dyn Generator<Yield = u32, Return = bool>> {
    yield_!(1);
    yield_!("one");
    true
}

fn main() {
    let _ = numbers();
}
