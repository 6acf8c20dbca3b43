// error: `yield_!` needs one argument, the value to yield
#[generator]
fn g (self , n : u32 , mut v : Vec < u32 >) { 2 ; yield_ ! () }
