// error: `yield_!` cannot be used inside a match guard
#[generator]
fn fib () { match x { _ if yield_ ! () => { } _ => yield_ ! () } }
