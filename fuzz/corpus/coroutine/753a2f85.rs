// error: `yield_from!` needs the delegate's first resume value here: this coroutine is not resumed with `()`
#[generator]
fn operands () -> impl Generator < i64 , Yield = i64 , Return = i64 > { yield_from ! { 0 .. 3 } ; }
