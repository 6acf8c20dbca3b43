// error: this coroutine is resumed with `uN`, and no parameter receives the first resume value
#[generator]
fn bodies () -> impl Generator < u32 , u8 , Yield = u32 > { }
