// error: unexpected end of input, expected identifier
#[generator(crate =)]
fn fib () { }
