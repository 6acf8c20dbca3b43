use gen_core::generator;

#[generator]
fn numbers() -> impl Iterator<Item = u32> {
    let s = format!("{:?}", yield_from!(0..3));
    drop(s);
}

fn main() {
    let _ = numbers();
}
