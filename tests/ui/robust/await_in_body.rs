use gen_core::generator;

#[generator]
fn numbers(f: std::future::Ready<u32>) -> impl Iterator<Item = u32> {
    yield_!(f.await);
}

fn main() {}
