// error: `yield_!` cannot be used inside the arguments of `x!`
#[generator]
fn g (self , # [resume] r : u32 , n : u32 , mut v : Vec < u32 >) -> impl Generator < u32 , Yield = u32 > { ({ yield_ ! (n) ; yield_ ! ((v . len () as u32)) }) ; x ! (yield_ ! (r)) ; - v ; yield_ ! (9) ; 9 }
