// error: the coroutine's yield type is missing
#[generator]
fn outer () -> impl Generator < u32 > { }
