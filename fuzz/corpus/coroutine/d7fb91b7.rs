// error: a generator cannot promise `Self`
#[generator]
fn two (# [resume] first : u32) -> impl Self < u32 , Yield = String , Return = (u32 , u32) > { }
