// error: `yield_from!` takes one expression, the iterable to yield from: expected curly braces
#[generator]
fn outer () -> impl Generator < Yield = u8 , Return = usize > { let s = yield_from ! (inner ()) ; yield_ ! (3) ; let t = yield_from ! (unsafe () , ()) ; s . len () + t . len () }
