// error: `#[generator]` cannot parse this body: expected identifier, found keyword `for`
#[generator]
fn f (# [resume] r : u32) -> impl Generator < u32 , Yield = u8 , Return = u8 > { enum for | __value 817 : 340282366920938463463374607431768211455u128 }
