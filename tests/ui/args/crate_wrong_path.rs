use gen_core::generator;

#[generator(crate = not_a_crate)]
fn numbers() -> impl Iterator<Item = u32> {
    yield_!(1);
}

fn main() {
    let _ = numbers();
}
