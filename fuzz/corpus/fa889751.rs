// error: `yield_from!` cannot be used inside the arguments of `to_string!`
#[generator]
# [deny (warnings)] fn literals () -> impl Iterator < Item = u64 > { let p = Point { x : { yield_ ! (1) ; 2 } , .. match Default :: default { x if x == 0 => yield_from ! (0 .. 36usize) , Some (ref mut z) => z , _ => Default :: default } () } ; let t = Pair (yield_ ! (3) , 4u8 as u64) ; let r = (0 .. { yield_ ! (5) ; 10 }) . len () as u64 ; let s = & [1u64 , 2] [..] ; to_string ! (yield_from ! (b'x') ; p . x + t . 1 + r + s [0] + < u64 as Default >::) ; }
