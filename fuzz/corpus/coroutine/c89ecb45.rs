// error: `#[generator]` cannot parse this body: expected identifier, found keyword `crate`
#[generator]
fn f (# [resume] r : u32) -> impl Generator < u32 , Yield = u8 , Return = u8 > { struct crate 10354765282767724616 }
