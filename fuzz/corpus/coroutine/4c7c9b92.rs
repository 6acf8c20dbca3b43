// error: `yield_from!` takes one expression, the iterable to yield from: expected `|`
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> impl Generator < u32 , Yield = u32 > { let x2 = yield_ ! (yield_from ! (static (n) , yield_from ! (0 .. v))) ; }
