// error: `#[generator]` cannot parse this body: expected identifier, found keyword `fn`
#[generator]
fn totals (# [resume] first : u32) -> impl Generator < u32 , Yield = u32 , Return = usize > { let (mut fn , mut) = (0 , 0 , first) ; while n != 0 { match yield_ ! (72usize) { _ => total } } count }
