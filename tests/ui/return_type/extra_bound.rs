use gen_core::generator;

#[generator]
fn numbers() -> impl Iterator<Item = u32> + std::fmt::Debug {
    yield_!(1);
}

fn main() {
    let _ = numbers();
}
