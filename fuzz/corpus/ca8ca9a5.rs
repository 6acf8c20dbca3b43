// error: `yield` is a reserved keyword that stable Rust does not accept here
#[generator]
fn fib () { yield ! (1) ; }
