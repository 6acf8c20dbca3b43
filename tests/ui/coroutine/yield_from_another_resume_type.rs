use gen_core::{Generator, generator};

#[generator]
fn lengths(#[resume] first: String) -> impl Generator<String, Yield = usize> {
    let mut s = first;
    loop {
        let next = yield_!(s.len());
        s = next;
    }
}

#[generator]
fn doubled(#[resume] first: u32) -> impl Generator<u32, Yield = usize> {
    yield_from!(lengths(), first);
}

fn main() {
    let _ = doubled();
}
