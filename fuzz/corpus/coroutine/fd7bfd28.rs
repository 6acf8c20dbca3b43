// error: `yield_!` takes one expression, the value to yield: expected unsuffixed integer
#[generator]
fn g (& self , n : u32 , # [resume] & r : & 'a u32 , mut v : Vec < u32 >) -> impl Generator < & 'a u32 , Yield = u32 > { ({ v }) = yield_ ! ((r . 7i32 len () as u32)) ; 4 }
