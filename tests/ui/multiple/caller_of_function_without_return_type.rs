use gen_core::generator;

#[generator]
fn numbers() {
    yield_!(1);
}

// The function keeps its signature: calling it is fine; only the missing
// return type is reported.
fn main() {
    numbers();
}
