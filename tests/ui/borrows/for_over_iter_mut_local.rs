use gen_core::generator;

#[generator]
fn bumped() -> impl Iterator<Item = u32> {
    let mut numbers = vec![1, 2, 3];
    for n in numbers.iter_mut() {
        *n += 1;
        yield_!(*n);
    }
}

fn main() {
    let _ = bumped();
}
