use gen_core::generator;

#[generator]
const async extern "C" fn numbers() -> impl Iterator<Item = u32> {
    yield_!(1);
}

fn main() {}
