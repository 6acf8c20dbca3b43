//! Lazy start: calling a generator function runs none of its body.
//!
//! The arguments are moved into the generator and the body starts on the first
//! `next()`; each later `next()` resumes right after the `yield_!` that
//! suspended it. The prints below show the interleaving of caller and body.
use gen_core::generator;

/// Yields `1` and `2`, announcing each step of the body as it runs.
#[generator]
fn noisy(name: &'static str) -> impl Iterator<Item = u32> {
    println!("    [{name}] body starts");
    yield_!(1);
    println!("    [{name}] body resumed after yielding 1");
    yield_!(2);
    println!("    [{name}] body resumed after yielding 2, and finishes");
}

fn main() {
    println!("calling the function...");
    let mut numbers = noisy("numbers");
    println!("the function returned, and the body has not printed anything");

    println!("first next()");
    println!("  -> {:?}", numbers.next());
    println!("second next()");
    println!("  -> {:?}", numbers.next());
    println!("third next()");
    println!("  -> {:?}", numbers.next());
    println!("fourth next() (a finished generator stays finished)");
    println!("  -> {:?}", numbers.next());

    println!("creating a generator and dropping it unused...");
    drop(noisy("unused"));
    println!("nothing printed: its body never ran");
}
