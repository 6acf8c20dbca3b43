// error: a generator cannot be an `async fn`
#[generator]
async fn fib () { }
