use gen_core::generator;

#[generator]
fn numbers() -> impl Iterator<Item = u32> {
    yield_! { 1; 2 }
}

fn main() {
    let _ = numbers();
}
