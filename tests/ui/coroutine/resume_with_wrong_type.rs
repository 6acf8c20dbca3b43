use gen_core::{Generator, generator};

#[generator]
fn totals(#[resume] first: u32) -> impl Generator<u32, Yield = u32, Return = u32> {
    let mut total = first;
    loop {
        let n = yield_!(total);
        if n == 0 {
            return total;
        }
        total += n;
    }
}

fn main() {
    let mut g = totals();
    let _ = g.resume(5);
    let _ = g.resume("five");
}
