// error: `#[generator]` cannot parse this body: unexpected token
#[generator]
fn f (# [resume] r : u32) -> impl Generator < u32 , Yield = u8 , Return = u8 > { __fuzz_none_group ! { 455 else } }
