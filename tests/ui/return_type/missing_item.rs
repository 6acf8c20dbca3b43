use gen_core::generator;

#[generator]
fn numbers() -> impl Iterator {
    yield_!(1);
}

fn main() {
    let _ = numbers();
}
