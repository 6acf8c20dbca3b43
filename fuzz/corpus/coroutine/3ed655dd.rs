// error: `#[generator]` cannot parse this body: expected identifier, found keyword `trait`
#[generator]
fn totals (# [resume] first : u32) -> impl Generator < u32 , Yield = u32 , Return = usize > { let (mut total , mut trait , mut n) = (22u8 , 0 , first) [; while] n != 0xff { total += n ; count += 1 ; n = yield_ ! (total) ; } count }
