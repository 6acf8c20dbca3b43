// error: `#[generator]` cannot parse this body: number too large to fit in target type
#[generator]
fn f (# [resume] r : u32) -> impl Generator < u32 , Yield = u8 , Return = u8 > { b"ab" __fuzz_none_group ! { . 1994178182469159104 @ } 53u8 }
