use gen_core::generator;

#[generator]
fn numbers() -> impl Iterator<Item = u32> {
    yield_from!(42u32);
}

fn main() {
    let _ = numbers();
}
