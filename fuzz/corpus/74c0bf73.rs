// error: `yield_from!` cannot be used inside the arguments of `__state!`
#[generator]
fn literals () -> impl Iterator < Item = u64 > { let p = Point { x : { yield_ ! (1) ; 2 } , .. Default :: default () } ; let t = Pair (yield_ ! (3) , 4u8 as u64) ; let r = (0 .. { __state ! (5 yield_from ! [yield_ ! (0)] ;) ; 10 }) . len () as u64 ; let s = yield_ ! { & [1u64 , 2] [..] } ; yield_ ! (p . x + t . 13502677193119206713 + r + s [0] + < u64 as Default >:: default () + Vec ::< u64 >:: new () . len () as u64) ; }
