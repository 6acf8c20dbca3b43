// error: `yield_from!` takes one expression, the iterable to yield from: unexpected token
#[generator]
fn outer () -> impl Generator < Yield = u8 , Return = usize > { let s = yield_from ! (inner ()) ; yield_ ! (3) ; let t = yield_from ! (__fuzz_none_group ! { inner () , () }) ; s . len () + t . len () }
