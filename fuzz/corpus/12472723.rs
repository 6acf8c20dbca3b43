// error: `yield_!` takes one argument, N were given
#[generator]
fn macros () { yield_ ! (1 , 2) }
