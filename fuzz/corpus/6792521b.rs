// error: a generator cannot promise `Ok`
#[generator]
fn places () -> impl Ok < __state = u32 > { }
