// error: `#[generator]` cannot parse this body: unexpected end of input, expected one of: curly braces, `:`, `where`, `=`
#[generator]
fn f (# [resume] r : u32) -> impl Generator < u32 , Yield = u8 , Return = u8 > { trait u8 }
