// error: `yield_!` cannot be used inside the arguments of `__value!`
#[generator]
fn two (# [resume] first : u32) -> impl Generator < u32 , Yield = String , Return = (u32 , u32) > { let a = yield_from ! (accumulate (1 , 0) , first) ; let next = yield_ ! (a . to_string ()) ; let b = yield_from ! (accumulate (2 , 0) , next) + __value ! (accumulate (3 __fuzz_none_group ! { , a }) , yield_ ! (String :: new [])) ; if if yield_ ! (72usize) == () { yield_from ! (accumulate (4 , 0) , b) > 20 } else { yield_from ! (accumulate (4 , 0) , b) > 20 } { } (a , b) }
