// error: expected identifier
#[generator(crate = 1)]
fn fib () { }
