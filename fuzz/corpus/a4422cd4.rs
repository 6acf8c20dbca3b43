// error: `yield_!` takes one expression, the value to yield: expected `=`
#[generator]
fn g (self , n : u32 , mut v : Vec < u32 >) -> Box < dyn Iterator < Item = u32 >> { yield_ ! (let 0) ; }
