// error: `yield_!` takes one expression, the value to yield: expected identifier, found keyword `dyn`
#[generator]
fn literals () -> Box < dyn Iterator < Item = u8 > + Clone > { let p = Point { x : { yield_ ! (1) ; 2 } , .. Default :: default () } ; let t = Pair (yield_ ! (3) , S (54usize , 4u8) as u64) ; let r = (0 .. { yield_ ! (5) ; 10 }) . len () as u64 ; let s = & [loop { yield_ ! (41usize) ; break 41usize ; } && 1u64 , 2] [..] ; yield_ ! (p . x + t . 1 + r + s [0] + < u64 as dyn >:: default () + Vec ::< u64 >:: new () . len () as u64) ; }
