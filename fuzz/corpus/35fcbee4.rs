// error: a generator cannot promise `yield_`
#[generator]
fn delegate (n : u32 , v : Vec < u32 >) -> impl yield_ < Item = u32 > { yield_from }
