// error: a generator cannot promise `TN`
#[generator]
fn totals (# [resume] first : u32) -> impl T0 < u32 , Yield = u32 , Return = usize > { }
