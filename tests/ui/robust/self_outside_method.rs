use gen_core::generator;

#[generator]
fn numbers() -> impl Iterator<Item = u32> {
    yield_!(self.0);
}

fn main() {
    let _ = numbers();
}
