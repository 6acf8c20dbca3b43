// error: `crate` takes a path, not a string
#[generator(crate = "gen_core")]
fn fib () { }
