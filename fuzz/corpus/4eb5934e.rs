// error: `#[generator]` cannot parse this body: casts cannot be followed by a field access
#[generator]
fn literals () -> impl Iterator < Item = u64 > { let p = Point { x : { yield_ ! (1) ; 2 } , .. Default :: default () } ; { let t = Pair (yield_ ! (3) , 4u8 as u64 .) ; let } r = (0 .. continue) . len () as u64 ; let s = & [1u64 ? , 2] [..] ; yield_ ! (p . x + t . 1 + r + s [0] + < u64 as Default >::) ; }
