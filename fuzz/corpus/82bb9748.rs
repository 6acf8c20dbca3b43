// error: unknown argument to `#[generator]`
#[generator(=)]
fn fib () { }
