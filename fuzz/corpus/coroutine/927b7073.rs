// error: `yield_!` cannot be used inside the arguments of `n!`
#[generator]
fn totals (# [resume] first : u32) -> impl Generator < u32 , Yield = u32 , Return = usize > { let (mut total , mut count , mut n) = (0 , 0 , first) ; while n ! (= 0 { total += n ; count += 1 ; n = yield_ ! (total) ; } ; while yield_ ! (yield_ { ! (73usize) + 1 })) { x += 1 ; } ; count }
