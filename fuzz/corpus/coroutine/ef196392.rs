// error: `#[generator]` cannot parse this body: expected unsuffixed integer
#[generator]
fn f (# [resume] r : u32) -> impl Generator < u32 , Yield = u8 , Return = u8 > { b"ab" __fuzz_none_group ! { . } 1usize }
