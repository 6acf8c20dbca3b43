use gen_core::generator;

#[generator]
fn numbers() -> impl Iterator<Item = ()> {
    yield_!();
}

fn main() {
    let _ = numbers();
}
