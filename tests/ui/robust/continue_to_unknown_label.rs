use gen_core::generator;

#[generator]
fn numbers() -> impl Iterator<Item = u32> {
    loop {
        yield_!(1);
        continue 'missing;
    }
}

fn main() {
    let _ = numbers();
}
