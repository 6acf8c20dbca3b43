// error: `#[generator]` cannot parse this body: expected identifier, found keyword `continue`
#[generator]
fn totals (# [resume] first : u32) -> impl Generator < u32 , Yield = impl Sized , Return = impl Sized > { let (mut total , mut __fuzz_none_group ! { continue , mut n }) = (0 , 0 , first) ; while n != 0 { total += n ; count += 1 ; n = yield_ ! (total) ; } count }
