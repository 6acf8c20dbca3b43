// error: `yield_from!` takes one expression, the iterable to yield from: expected square brackets
#[generator]
fn g (self , n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = u32 > + '_ { yield_from ! (# 0 .. 5) ; }
