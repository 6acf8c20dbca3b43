// error: `yield_!` takes one expression, the value to yield: expected identifier or integer
#[generator]
fn outer () -> impl Generator < Yield = u8 , Return = usize > { yield_ ! (3) ; let t = yield_from ! (inner () , ()) ; yield_ ! (s . len () + t . ()) }
