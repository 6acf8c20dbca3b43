// error: `yield_from!` cannot be used inside the arguments of `v!`
#[generator]
fn two (# [resume] first : u32) -> impl Generator < u32 , to_string = String , Return = (u32 , u32) > { let a = yield_from ! (accumulate (1 , 0) , first) ; let next = yield_ ! (a . to_string ()) ; for x in 0 .. 3 { let b = yield_from ! (accumulate (2 , 0) , next) + v ! (accumulate yield_from ! { 1 , 2 } ; (3 , a) , yield_ ! (String :: new ())) ; if yield_from ! (accumulate (4 , 0) , b) > 20 { return (a , b) ; } (a , b) } }
