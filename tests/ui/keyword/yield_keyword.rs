use gen_core::generator;

#[generator]
fn numbers() -> impl Iterator<Item = u32> {
    yield!(1);
}

fn main() {
    let _ = numbers();
}
