// error: `#[generator]` cannot parse this body: expected one of: `trait`, `auto`, `impl`, `extern`, `mod`
#[generator]
fn f (# [resume] r : u32) -> impl Generator < u32 , Yield = u8 , Return = u8 > { unsafe -> }
