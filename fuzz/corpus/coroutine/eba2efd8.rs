// error: `yield_from!` takes one expression, the iterable to yield from: expected delimiter
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> impl Generator < Yield = u32 > { { let x2 = yield_from ! (sub (v) , (yield_from ! inner () . max (v))) ; } 6 ; n }
