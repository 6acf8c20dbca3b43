// error: `#[generator]` cannot parse this body: expected identifier, found keyword `else`
#[generator]
fn totals (# [resume] first : u32) -> dyn Iterator < Item = u8 > { let (mut else , mut count , mut n) = (0 , 0 ,) ; while n != 0 { total += n ; count += 1 ; n = yield_ ! (total) ; } yield_ ! (0 .. 3) ; count }
