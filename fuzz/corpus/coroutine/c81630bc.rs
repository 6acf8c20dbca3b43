// error: a generator cannot promise `y`
#[generator]
fn g (n : u32 , mut v : Vec < u32 >) -> impl y < Yield = u32 , Return = u32 > + Clone { }
