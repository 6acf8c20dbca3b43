// error: `yield_from!` cannot be used inside an `async` block
#[generator]
fn fib () { let fut = async move { yield_from ! (0 .. 53usize) } ; }
