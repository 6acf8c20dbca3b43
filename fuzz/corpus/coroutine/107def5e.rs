// error: this coroutine is resumed with `(yield_ ! (uN))`, and no parameter receives the first resume value
#[generator]
pub fn count_up (n : u32) -> impl Generator < (yield_ ! (u32)) , Yield = u32 , Return = Option < u32 > > + Clone { }
