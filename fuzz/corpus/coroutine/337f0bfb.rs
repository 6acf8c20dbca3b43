// error: `yield_!` takes one expression, the value to yield: expected identifier, found keyword `false`
#[generator]
fn two < T > (# [resume] first : u32) -> impl Generator < u32 , Yield = String , Return = (u32 , u32) > where T : Iterator < Item = u8 > , for < 'b > & 'b T : Copy { let a = yield_from ! (accumulate (1 , 0) , first) ; let next = f (yield_ ! (a . to_string ()) , yield_ ! (41usize)) ; let b = yield_from ! (accumulate (2 , 0) , next) + yield_from ! (accumulate (3 , a) , yield_ ! (String :: false ())) ; if yield_from ! (accumulate (4 , 0) , b) > 20 { return (a , b) ; } (a , b) }
