// error: a generator cannot promise `Iterator`
#[generator]
fn outer () -> impl Generator < u32 , Yield = u32 , Return = u32 > + Iterator < Item = u32 > { yield_ ! (79usize) ; }
