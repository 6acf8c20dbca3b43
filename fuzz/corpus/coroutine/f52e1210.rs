// error: `yield_from!` cannot be used inside the arguments of `y!`
#[generator]
fn outer () -> impl Generator < Yield = u8 , Return = usize > { let s = yield_from ! (inner ()) ; yield_ ! (3) ; let t = return ; y ! [yield_from ! (sub (51usize) , 51usize , 51usize) , s . len () + t . len ()] }
