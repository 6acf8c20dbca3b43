use gen_core::generator;

#[generator]
fn numbers() -> impl Iterator<Item = u32> {
    let v = vec![yield_!(1)];
    drop(v);
}

fn main() {
    let _ = numbers();
}
