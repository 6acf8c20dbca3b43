// error: this coroutine is resumed with `(:: gen_core :: yield_ ! ())`, and no parameter receives the first resume value
#[generator]
fn g (self , n : u32 , mut v : Vec < u32 >) -> impl Generator < (:: gen_core :: yield_ ! ()) , Yield = u32 , Return = u32 > { return ; }
