// error: this coroutine is resumed with `bool`, and no parameter receives the first resume value
#[generator]
fn steer (rows : u32) -> impl Generator < bool , Yield = (u32 , u32) , Return = Vec < u32 > > { }
