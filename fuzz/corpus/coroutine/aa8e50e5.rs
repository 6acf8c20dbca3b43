// error: `yield_!` cannot be used inside the arguments of `self!`
#[generator]
fn g (self , n : u32 , mut v : Vec < u32 >) -> impl Generator < () , Yield = u32 , Return = u32 , Return = u8 > { self ! (sub (v) , yield_ ! (1)) ; ({ yield_ ! (9) ; 6 }) ; - (yield_from ! (0 .. 7) as i64) as u32 }
