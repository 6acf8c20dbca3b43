use gen_core::generator;

#[generator]
fn numbers(skip: bool) -> impl Iterator<Item = u32> {
    if skip {
        continue;
    }
    yield_!(1);
}

fn main() {
    let _ = numbers(false);
}
