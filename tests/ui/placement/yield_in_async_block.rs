use gen_core::generator;

#[generator]
fn numbers() -> impl Iterator<Item = u32> {
    let fut = async {
        yield_!(1);
    };
    drop(fut);
}

fn main() {
    let _ = numbers();
}
