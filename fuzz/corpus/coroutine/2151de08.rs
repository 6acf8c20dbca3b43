// error: `yield_!` takes one expression, the value to yield: expected `const` or `mut`
#[generator]
fn g (self , n : u32 , # [resume] r : () , mut v : Vec < u32 >) -> Box < dyn Generator < () , Yield = u32 , Return = u32 >> { yield_ ! ((self . f . len () as * u32)) ; r = yield_ ! (n) ; *& r }
