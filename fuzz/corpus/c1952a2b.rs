// error: a generator cannot return a value
#[generator]
fn fib (& self) { return | | 35usize ; }
