// error: a generator cannot promise `__state`
#[generator]
fn g (# [resume] r : () , n : u32 , mut v : Vec < u32 >) -> impl __state < () , Yield = u32 , Return = Option < u32 >> { let x3 = yield_ ! (n) ; yield_from ! (x3 . iter () . copied ()) ; }
