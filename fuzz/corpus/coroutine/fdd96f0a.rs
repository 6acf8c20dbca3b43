// error: `yield_!` takes one expression, the value to yield: expected `:`
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> impl Generator < u32 , Yield = u32 , Return = u32 > { let x2 = 2 . max (n) ; loop { break (yield_ ! ('static v) + 7) ; } }
