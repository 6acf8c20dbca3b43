// error: `yield_!` takes one expression, the value to yield: expected `:`
#[generator]
unsafe fn methods (v : Vec < u32 >) -> impl Iterator < Item = u32 > { yield_ ! { 1 , 'a 2 } ; }
