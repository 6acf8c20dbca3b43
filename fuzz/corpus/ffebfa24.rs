// error: `yield_from!` takes one expression, the iterable to yield from: expected identifier or integer
#[generator]
fn g (n : u32 , mut v : Vec < >) { yield_from ! (0 . { . } n) ; }
