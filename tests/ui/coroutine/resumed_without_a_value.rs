use gen_core::{Generator, generator};

#[generator]
fn echo(#[resume] first: u32) -> impl Generator<u32, Yield = u32> {
    let mut n = first;
    loop {
        let next = yield_!(n);
        n = next;
    }
}

fn main() {
    let mut g = echo();
    let _ = g.resume(());
}
