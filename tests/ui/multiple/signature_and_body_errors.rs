use gen_core::generator;

#[generator]
async fn numbers() -> impl Iterator<Item = u32> {
    let f = || yield_!(1);
    f();
    return 2;
}

fn main() {}
