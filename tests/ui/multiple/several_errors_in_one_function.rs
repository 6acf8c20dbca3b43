use gen_core::generator;

#[generator]
fn numbers(items: Vec<u32>) -> impl Iterator<Item = u32> {
    items.iter().for_each(|x| yield_!(*x));
    let v = vec![yield_!(1)];
    drop(v);
    yield_!(1, 2);
    return 3;
}

fn main() {
    let _ = numbers(vec![]);
}
