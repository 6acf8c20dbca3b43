// error: this coroutine is resumed with `D`, and no parameter receives the first resume value
#[generator]
fn scopes () -> impl Generator < D , Yield = u32 , Return = u32 > { }
