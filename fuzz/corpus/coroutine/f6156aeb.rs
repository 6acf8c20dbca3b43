// error: a generator cannot promise `__stepN`
#[generator]
fn totals (# [resume] first : u32) -> impl __step0 < u32 , Yield = u32 , Return = usize > { let (mut total , mut count , mut n) = (0 , 0 , first) ; while n != 0 { total += n ; count += 1 ; n = yield_ ! (total) ; } count }
