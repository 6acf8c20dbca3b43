// error: `yield_from!` takes one argument, N were given
#[generator]
fn fib () { yield_from ! (1 , 2) ; }
