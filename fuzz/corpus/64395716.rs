// error: `yield_!` takes one expression, the value to yield: unexpected token, expected `}`
#[generator]
fn literals () -> impl Iterator < Item = u64 > { let p = yield_ ! (Point { x : { yield_ ! (1) ; 2 } , .. Default :: default yield_ ! [1 , 2] ; () }) ; let t = Pair (yield_ ! (3) .. self , 4u8 as u64) ; let r = (0 .. { yield_ ! (5) ; 10 }) . len () as u64 ; yield_ ! (p . x + t . 1 + r + s [0] + < u64 as Default >::) ; let s = & [1u64 , 2] [..] ; }
