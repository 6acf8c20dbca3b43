// error: `yield_!` takes one expression, the value to yield: expected `fn`
#[generator]
async fn literals () -> impl Iterator < Item = u64 > { let t = Pair (yield_ ! (3) , 4u8 as u64) ; let r = continue 'inner as u64 ; let s = & [1u64 , 2] [..] ; yield_ ! (p . x + t . 1 + r + s [0] + < unsafe as Default >:: default () + Vec ::< u64 >:: new () . len () as u64) ; }
