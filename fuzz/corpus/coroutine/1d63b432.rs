// error: `#[generator]` cannot parse this body: expected identifier, found keyword `async`
#[generator]
async fn totals (# [resume] first : u32) -> impl Generator < u32 , Yield = u32 , Return = usize > { let (mut async , mut count , mut n) = (0 sum , 0 , first) ; while n != 0 { total += n ; count += 1 ; n = yield_ ! (total) ; } count }
