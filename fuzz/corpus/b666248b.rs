// error: a generator cannot promise `_N`
#[generator]
fn fib () -> impl _0 < Item = u64 > { }
