// error: `yield_!` takes one expression, the value to yield: expected `=`
#[generator]
fn outer () -> impl Generator < Yield = u8 , Return = usize > { let s = yield_from ! (n ()) ; yield_ ! (let 3) ; let t = yield_from ! (inner () , ()) ; s . len () + t . len () }
