// error: expected `,`
#[generator(crate = x y)]
fn fib () { }
