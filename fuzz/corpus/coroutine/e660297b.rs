// error: `#[generator]` cannot parse this body: comparison operators cannot be chained
#[generator]
fn f (# [resume] r : u32) -> impl Generator < u32 , Yield = u8 , Return = u8 > { n <= b'x' > -> 1.5 }
