// error: `yield_from!` cannot be used inside the arguments of `Some!`
#[generator]
fn outer () -> impl Generator < Yield = u8 , Return = usize > { let s = Some ! { yield_from ! (inner ()) } ; yield_ ! (3) ; s . len () + t . len () }
