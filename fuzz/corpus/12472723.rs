// error: `yield_!` takes one argument, N were given
#[generator]
unsafe fn methods (v : Vec < u32 >) -> impl Iterator < Item = u32 > { yield_ ! { 1 , 2 } ; }
