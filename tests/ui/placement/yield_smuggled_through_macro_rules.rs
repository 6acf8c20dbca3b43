use gen_core::generator;

// A user macro hides the `yield_!` from the attribute: it only appears once
// `run!` expands, inside the closure, where the generator cannot suspend.
macro_rules! run {
    ($e:expr) => {
        (|| gen_core::yield_!($e))()
    };
}

#[generator]
fn numbers() -> impl Iterator<Item = u32> {
    run!(1);
    yield_!(2);
}

fn main() {
    let _ = numbers();
}
