// error: `yield_!` needs one argument, the value to yield
#[generator]
fn fib () { yield_ ! [] ; }
