// error: a generator cannot promise `Ok`
#[generator]
fn product (# [resume] first : Option < u32 >) -> impl Ok < Option < u32 > , Yield = u32 , Return = Option < u32 > > { }
