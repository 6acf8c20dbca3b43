// error: `yield_!` takes one expression, the value to yield: unexpected end of input, expected loop or block expression
#[generator]
fn g (# [resume] & r : & 'a u32 , n : u32 , mut v : Vec < u32 >) -> impl Generator < & 'a u32 , Yield = u32 , Return = u32 > { match yield_ ! (v) { 0 => { n += yield_ ! ((- (('l1 : { 'l2 : }) as i64) as u32)) * 2 ; } 1 | 2 => yield_ ! (yield_ ! (5)) , x if x > 5 => { (* & 7) ; let x3 = yield_ ! (yield_ ! (n)) ; } _ => { } } 'l4 : { if yield_ ! (v) > v { return yield_ ! (38usize) + 1 ; return (v . len () as u32) ; } v } }
