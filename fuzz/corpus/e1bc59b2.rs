// error: `crate` is given twice
#[generator(crate = x , crate = y)]
fn fib () { }
