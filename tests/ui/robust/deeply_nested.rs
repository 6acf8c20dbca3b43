use gen_core::generator;

#[generator]
fn numbers() -> impl Iterator<Item = u32> {
    ((((((((((((((((((((yield_!("deep")))))))))))))))))))));
}

fn main() {
    let _ = numbers();
}
