// error: `#[generator]` cannot parse this body: unexpected end of input, expected one of: `where`, parentheses, curly braces, `;`
#[generator]
fn f (# [resume] r : u32) -> impl Generator < u32 , Yield = u8 , Return = u8 > { struct None }
