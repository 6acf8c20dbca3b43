use gen_core::generator;

#[generator]
fn first() -> impl Iterator<Item = u32> {
    yield_!(1, 2);
}

#[generator]
fn second() -> impl Iterator<Item = u32> {
    yield_!("two");
}

fn main() {
    let _ = first();
    let _ = second();
}
