// error: this coroutine is resumed with `& 'a str`, and no parameter receives the first resume value
#[generator]
fn outer () -> impl Generator < & 'a str , Yield = u8 , Return = String > + 'a { }
