use gen_core::generator;

#[generator]
fn numbers() -> impl Iterator<Item = u32> {
    yield_from!();
}

fn main() {
    let _ = numbers();
}
