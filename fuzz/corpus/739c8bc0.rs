// error: a generator cannot have an `extern` ABI
#[generator]
extern fn fib () { }
