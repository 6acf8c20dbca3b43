use gen_core::generator;

#[generator]
fn doubled(items: Vec<u32>) -> impl Iterator<Item = u32> {
    items.into_iter().for_each(|x| {
        yield_!(x * 2);
    });
}

fn main() {
    let _ = doubled(vec![1, 2]);
}
