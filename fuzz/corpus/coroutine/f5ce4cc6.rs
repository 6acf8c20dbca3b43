// error: `#[generator]` cannot parse this body: at least one trait is required for an object type
#[generator]
fn f (# [resume] r : u32) -> impl Generator < u32 , Yield = u8 , Return = u8 > { < '_ }
