// error: `#[generator]` cannot parse this body: casts cannot be followed by a function call
#[generator]
fn g (& self , n : u32 , mut v : Vec < u32 >) -> impl Generator < Yield = u32 > { 'l1 : while true { let x3 = yield_from ! (sub (0) , yield_ ! (yield_ ! ((n . len () as u32)))) ; yield_ ! (n) ; } let x4 = yield_ ! (- (((| x : u32 | x + 4) (v)) as i64) as u32) ; - (6 as i64) as u32 (v) }
