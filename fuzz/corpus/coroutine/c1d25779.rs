// error: a generator cannot be an `async fn`
#[generator]
async fn outer () -> impl Generator < Yield = u8 , Return = usize > { }
