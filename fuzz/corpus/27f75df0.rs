// error: `break` outside of a loop
#[generator]
fn fib () { break ; }
