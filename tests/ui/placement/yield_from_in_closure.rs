use gen_core::generator;

#[generator]
fn flattened(items: Vec<Vec<u32>>) -> impl Iterator<Item = u32> {
    let each = move || yield_from!(items);
    each();
}

fn main() {
    let _ = flattened(vec![vec![1]]);
}
