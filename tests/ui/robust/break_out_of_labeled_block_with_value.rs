use gen_core::generator;

#[generator]
fn numbers() -> impl Iterator<Item = u32> {
    let x: u32 = 'b: {
        yield_!(1);
        break 'b "two";
    };
    yield_!(x);
}

fn main() {
    let _ = numbers();
}
