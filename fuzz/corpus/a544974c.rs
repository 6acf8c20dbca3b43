// error: a generator cannot promise `Iterator`
#[generator]
fn fib () -> impl Iterator < Item = u8 > + Iterator < Item = u8 > { }
