use gen_core::generator;

#[generator]
fn numbers() -> impl Iterator<Item = u32> {
    ::gen_core::yield_!(1);
    gen_core::yield_from![0..2];
    self::yield_::<u32>!(3);
}

fn main() {
    let _ = numbers();
}
