// error: `yield` is a reserved keyword that stable Rust does not accept here
#[generator]
fn f (# [resume] r : u32) -> impl Generator < u32 , Yield = u8 , Return = u8 > { yield }
