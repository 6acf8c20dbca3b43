// error: a generator cannot promise `b`
#[generator]
fn places () -> impl b < __state = u32 > { }
