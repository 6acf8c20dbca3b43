use gen_core::generator;

#[generator(crate = "gen_core")]
fn numbers() -> impl Iterator<Item = u32> {
    yield_!(1);
}

fn main() {
    let _ = numbers();
}
