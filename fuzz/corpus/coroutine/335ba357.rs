// error: `#[generator]` cannot parse this body: expected integer literal
#[generator]
fn outer () -> impl Generator < Yield = u8 , Return = usize > { let s = yield_from ! (inner ()) ; yield_ ! (3) ; let t = for _ in (yield_ ! (20usize) , 20usize) . 1e10 { yield_from ! (< () , ()) ; } ; s . len () + t . len () }
