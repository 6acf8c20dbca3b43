// error: `yield_!` takes one expression, the value to yield: expected delimiter
#[generator]
fn g (# [resume] r : u32 , n : u32 , mut v : Vec < u32 >) -> impl Generator < u32 , Yield = u32 > { r += yield_ ! (yield_ ! n) * 2 ; v ; 8 }
