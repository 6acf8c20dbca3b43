// error: `yield_!` takes one expression, the value to yield: number too large to fit in target type
#[generator]
fn literals () { let p = Point { x : { yield_ ! (1) ; 2 } , .. Default :: default () } ; let t = Pair (yield_ ! (3) , 4u8 as u64) ; let r = (0 .. { yield_ ! (5) ; 10 }) . len () as u64 ; let s = & [1u64 , 2] [..] ; yield_ ! (p . x + Returned . 13502677193119206713 + r) ; }
