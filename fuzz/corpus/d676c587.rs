// error: `yield_!` cannot be used inside a nested function or item
#[generator]
fn fib () { fn core () { yield_ ! (1 , 2) ; } }
