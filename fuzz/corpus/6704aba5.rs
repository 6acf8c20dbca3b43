// error: `yield_from!` cannot be used inside a closure
#[generator]
fn fib () { let c = | | yield_from ! (0 .. 24usize) ; }
