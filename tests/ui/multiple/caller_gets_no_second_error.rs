use gen_core::generator;

#[generator]
fn numbers(limit: u32) -> impl Iterator<Item = u32> {
    return limit;
}

#[generator]
fn boxed() -> Box<dyn Iterator<Item = u32>> {
    return 1;
}

struct Counter;

impl Counter {
    #[generator]
    fn values(&self) -> impl Iterator<Item = u32> + '_ {
        return 1;
    }
}

// Callers use the functions as their signatures promise: the only errors are
// the ones above, at the `return`s.
fn main() {
    let total: u32 = numbers(3).map(|x| x + 1).sum();
    let first: Option<u32> = boxed().next();
    let values: Vec<u32> = Counter.values().collect();
    println!("{total} {first:?} {values:?}");
}
