// error: `yield_from!` takes one expression, the iterable to yield from: expected `in`
#[generator]
fn two (# [resume] first : u32) -> impl Generator < u32 , Yield = String , Return = (u32 , u32) > { let a = yield_from ! (accumulate (1 , 0) , first) ; let next = yield_ ! (a . to_string ()) ; let b = yield_from ! (accumulate (2 , 0) , next) + yield_from ! (accumulate (3 , a) , yield_ ! (String :: new ())) ; if yield_from ! (accumulate (for 4 , 0) , b) > 20 { return (a , b) ; } (a , b) }
