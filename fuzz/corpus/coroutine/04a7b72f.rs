// error: `#[generator]` cannot parse this body: unexpected end of input, expected identifier or integer
#[generator]
fn f (# [resume] r : u32) -> impl Generator < u32 , Yield = u8 , Return = u8 > { 1_000 . }
