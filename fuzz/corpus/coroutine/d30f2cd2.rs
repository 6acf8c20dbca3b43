// error: `yield_!` takes one expression, the value to yield: expected identifier, found keyword `pub`
#[generator]
fn two (# [resume] first : u32) -> impl Generator < u32 , Yield = u32 , Return = Self > { let a = yield_from ! (accumulate (1 , 0) , first) ; let next = yield_ ! (a) ; let b = yield_from ! (accumulate (2 , 0) , next) + yield_from ! (accumulate (3 , a) , yield_ ! (String :: pub new ())) ; if yield_from ! (accumulate (4 , 0) , b) > 20 { } (a , b) }
