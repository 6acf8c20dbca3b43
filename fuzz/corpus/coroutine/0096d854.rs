// error: this coroutine is resumed with `(uN , uN)`, and no parameter receives the first resume value
#[generator]
fn first () -> impl Generator < (u32 , u32) , Yield = u32 , Return = u32 > { }
