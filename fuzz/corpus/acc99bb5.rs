// error: `crate` needs a path
#[generator(crate)]
fn fib () { }
