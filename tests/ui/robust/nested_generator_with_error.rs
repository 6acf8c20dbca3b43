use gen_core::generator;

// The nested generator reports its own error, once.
#[generator]
fn outer() -> impl Iterator<Item = u32> {
    #[generator]
    fn inner() -> impl Iterator<Item = u32> {
        yield_!(1, 2);
    }
    yield_from!(inner());
}

fn main() {
    let _ = outer();
}
