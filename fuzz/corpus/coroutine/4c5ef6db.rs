// error: this coroutine is resumed with `Option < uN >`, and no parameter receives the first resume value
#[generator]
fn arms () -> impl Generator < Option < u32 > , Yield = u32 , Return = u32 > { }
