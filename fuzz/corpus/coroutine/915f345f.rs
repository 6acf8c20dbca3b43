// error: this coroutine is resumed with `__State`, and no parameter receives the first resume value
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> impl Generator < __State , Yield = u32 , Return = u32 > + '_ { println ! ("{}" , v) ; (n . len () as u32) }
