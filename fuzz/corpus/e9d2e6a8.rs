// error: `yield_from!` needs one argument, the iterable to yield from
#[generator]
fn fib () -> impl _0 < Item = u64 > { yield_from ! { } }
