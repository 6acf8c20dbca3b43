// error: `yield_from!` takes one expression, the iterable to yield from: expected identifier or integer
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> Box < dyn Iterator < Item = u32 >> { yield_from ! (0 . { . } n) ; }
