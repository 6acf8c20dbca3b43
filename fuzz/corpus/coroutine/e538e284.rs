// error: a generator cannot promise `Some`
#[generator]
fn outer (# [resume] # [cfg (x)] r : u32) -> impl Some < Yield = u8 , Return = usize > { }
