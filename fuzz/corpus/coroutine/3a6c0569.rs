// error: `#[generator]` cannot parse this body: unexpected token, expected `]`
#[generator]
fn f (# [resume] r : u32) -> impl Generator < u32 , Yield = u8 , Return = u8 > { None [v Unpin __fuzz_none_group ! { T0 }] }
