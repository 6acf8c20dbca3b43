use gen_core::{Generator, GeneratorState, generator};

#[generator]
fn echo(#[resume] first: u32) -> impl Generator<u32, Yield = u32, Return = ()> {
    let mut n = first;
    while n != 0 {
        let next = yield_!(n);
        n = next;
    }
}

// The `#[resume]` parameter is not a parameter of `echo` itself: the first
// resume value is passed to `resume`.
fn main() {
    let mut g = echo(1);
    assert_eq!(g.resume(1), GeneratorState::Yielded(1));
}
