// error: a generator cannot promise `it`
#[generator]
fn totals (# [resume] first : u32) -> impl it < u32 , Yield = u32 , Return = usize > { }
