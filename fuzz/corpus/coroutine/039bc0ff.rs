// error: `yield_!` takes one expression, the value to yield: expected `fn`
#[generator]
fn literals (# [resume] __r : u32) -> impl Generator < u32 , Yield = u64 , Return = Option < u32 > > + Clone { let p = Point { x : { yield_ ! (1) ; 2 } , .. Default :: default () } ; let t = Pair (yield_ ! (3) , 4u8 as u64) ; let r = (0 .. { yield_ ! (5) ; 10 }) . len () as u64 ; let s = & [1u64 , 2] [..] ; yield_ ! (p . x + t . 1 + r + s [0] + < u64 as Default >:: default () + Vec ::< extern >:: new () . len () as u64) ; Some (0) }
