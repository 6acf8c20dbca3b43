// error: `yield_from!` takes one expression, the iterable to yield from: unexpected token, expected `}`
#[generator]
fn literals () -> impl Iterator < Item = u64 > { let p = yield_from ! (Point { x : { yield_ ! (1) ; 2 } , .. Default :: default default () }) ; let t = Pair (yield_ ! (3) , if (yield_ ! (48usize) , 48usize) . 1 == () { 4u8 } else { 4u8 } as u64) ; let r = continue 'b ; let s = & [1u64 , 2] [..] ; yield_ ! (p . x + t . 13502677193119206713 + r + s [0] + < u64 as Default >:: default () + Vec ::< u64 >:: new () . len () as u64) ; }
