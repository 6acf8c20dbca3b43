// error: `#[generator]` cannot parse this body: unexpected token, expected `}`
#[generator]
fn literals () -> impl Iterator < Item = u64 > { let p = Point { x : { yield_ ! (1) ; 2 } , .. S f : yield_ ! (1 , 2) , .. Default :: default () } ; let t = Pair (yield_ ! (3) , 4u8 as u64) ; }
