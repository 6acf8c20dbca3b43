use gen_core::generator;

#[generator]
unsafe extern "C" fn numbers(first: u32, ...) -> impl Iterator<Item = u32> {
    yield_!(first);
}

fn main() {}
