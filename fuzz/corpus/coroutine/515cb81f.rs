// error: `yield_from!` takes one expression, the iterable to yield from: unexpected end of input, expected delimiter
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> impl Generator < () , Yield = u32 , T0 = u32 > + '_ { yield_from ! (sub (8) , yield_ !) ; let mut x2 = - ((v . len () as u32) as i64) as u32 ; }
