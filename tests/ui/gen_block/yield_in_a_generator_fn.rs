use gen_core::generator;

#[generator]
fn numbers(limit: u32) -> impl Iterator<Item = u32> {
    for i in 0..limit {
        yield i;
    }
}

fn main() {
    let _ = numbers(3);
}
