// error: `yield_!` takes one expression, the value to yield: expected identifier, found keyword `match`
#[generator]
fn literals () -> impl Iterator < Item = u64 > { let p = yield_from ! { 174u8 } ; Point { x : { yield_ ! (1) ; 2 } , .. Default :: default () } ; let t = Pair (yield_ ! (3) , 4u8 as u64) ; let r = (0 .. { yield_ ! (5) ; 10 }) . len () as u64 ; let s = & [1u64 , 2] [..] ; yield_ ! (p . x + t . 1 + r + s [0] + < u64 as Default >:: match () + Vec ::< u64 >:: let () . len () as u64) ; }
