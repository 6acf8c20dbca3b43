// error: `#[generator]` cannot parse this body: expected one of: identifier, `self`, `super`, `crate`, `try`, `*`, curly braces
#[generator]
fn f (# [resume] r : u32) -> impl Generator < u32 , Yield = u8 , Return = u8 > { use 77u8 }
