// error: `#[generator]` cannot parse this body: expected identifier, found keyword `super`
#[generator]
fn totals (# [resume] first : u32) -> impl Generator < u32 , Yield = u32 , Return = usize > { let (mut total , mut super , mut n) = (0 , for _ in yield_ ! (26usize) + 1 { 0 ; } , first) ; while n != 0 { } count }
