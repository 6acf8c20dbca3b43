use gen_core::generator;

// The macro's argument is a closure body: the `yield_!` is written in the
// generator, but only lands in a closure after `each!` expands.
macro_rules! each {
    ($items:expr, |$x:ident| $body:expr) => {
        for $x in $items {
            (|| $body)();
        }
    };
}

#[generator]
fn numbers() -> impl Iterator<Item = u32> {
    each!(0..3, |x| yield_!(x));
}

fn main() {
    let _ = numbers();
}
