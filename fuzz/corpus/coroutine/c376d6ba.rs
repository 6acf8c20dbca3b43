// error: `yield_!` takes one expression, the value to yield: expected `if` or curly braces
#[generator]
fn g (# [resume] (r , _) : (u32 , u32) , n : u32 , mut v : Vec < u32 >) -> impl Generator < (u32 , u32) , Yield = u32 , Return = Result < u32 , E >> { while true { 'l1 : loop { yield_ ! (((r . len () as u32))) ; break ; } let x3 = yield_ ! (if true { (- (((n * yield_from ! (inner ())) + (- (yield_ ! () as i64) as u32)) as i64) as u32) } else v) ; } }
