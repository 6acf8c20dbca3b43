// error: `#[generator]` cannot parse this body: expected identifier, found keyword `false`
#[generator]
fn totals (# [resume] first : u32) -> dyn Generator < u32 , Yield = u32 > { let (mut total , mut false , mut n) = (0 , 0 , first) ; while n != 0 { total += n ; count += 1 ; n = yield_ ! (total) ; } count }
