// error: `#[generator]` cannot parse this body: unexpected end of input, expected one of: `crate`, curly braces, string literal
#[generator]
fn f (# [resume] r : u32) -> impl Generator < u32 , Yield = u8 , Return = u8 > { extern }
