// error: this coroutine is resumed with `iN`, and no parameter receives the first resume value
#[generator]
fn operands () -> impl Generator < i64 , Yield = i64 , Return = i64 > { }
