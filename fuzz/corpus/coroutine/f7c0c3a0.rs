// error: `#[generator]` cannot parse this body: unexpected end of input, expected square brackets
#[generator]
fn f (# [resume] r : u32) -> impl Generator < u32 , Yield = u8 , Return = u8 > { # }
