// error: this coroutine is resumed with `raw`, and no parameter receives the first resume value
#[generator]
fn g (& self , n : u32 , mut v : Vec < u32 >) -> impl Generator < raw , Yield = u32 , Return = u32 > { yield_from ! (sub (1) , (n . len () as u32)) ; yield_from ! (sub (1) , (n . len () as u32)) ; 0 }
