// error: `yield_from!` takes one expression, the iterable to yield from: unexpected token, expected `;`
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> impl Iterator < Item = Result < u32 , E >> { yield_ ! ((n . len () as u32)) ; let x2 = n ; yield_from ! ({ 1 , } 2) }
