// error: `#[generator]` cannot return this type
#[generator]
fn fib () -> ! { x3 }
