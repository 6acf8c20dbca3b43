// error: `yield_from!` takes one expression, the iterable to yield from: expected unsuffixed integer
#[generator]
fn fib () { yield_from ! (0 . 95usize) ; yield_from ! (0 .. 95usize) ; }
