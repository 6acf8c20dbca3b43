// error: a generator cannot promise `Fn`
#[generator]
fn fib () -> impl Fn () -> v { }
