// error: this coroutine is resumed with `& 'a uN`, and no parameter receives the first resume value
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> impl Generator < & 'a u32 , Yield = u32 , Return = Option < u32 > > { return (v . len () as u32) ; Some ({ yield_ ! (r) ; yield_ ! (v) }) . unwrap_or (0) }
