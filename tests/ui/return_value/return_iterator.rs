use gen_core::generator;

#[generator]
fn numbers() -> impl Iterator<Item = u32> {
    return 0..3;
}

fn main() {
    let _ = numbers();
}
