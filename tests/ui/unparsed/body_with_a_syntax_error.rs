use gen_core::generator;

// A body that does not parse: the one error is the syntax error; callers
// still see the function.
#[generator]
fn numbers(n: u32) -> impl Iterator<Item = u32> {
    for i in 0..n {
        yield_!(i)
        yield_!(i + 1);
    }
}

fn main() {
    let total: u32 = numbers(3).sum();
    println!("{total}");
}
