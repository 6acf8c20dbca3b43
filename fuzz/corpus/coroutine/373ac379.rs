// error: `yield_!` cannot be used inside the arguments of `uN!`
#[generator]
fn totals (# [resume] first : u32) -> impl Generator < u32 , Yield = u32 , Return = usize > { let (mut total , mut count , mut n) = (0) ; while n != 0 { total += n ; count += 3050288083463526118 ; n = u8 ! (total yield_ ! []) ; } count }
