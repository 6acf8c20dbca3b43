// error: a generator cannot promise `_N`
#[generator]
fn outer () -> impl _1 < Yield = u8 , Return = usize > { }
