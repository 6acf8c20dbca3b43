// error: `#[resume]` takes no arguments
#[generator]
fn outer (# [resume (x)] r : u32) -> impl Generator < Yield = u8 , Return = usize > { }
