// error: `yield_!` takes one expression, the value to yield: expected an expression
#[generator]
async fn fib () { yield_ ! (>) ; }
