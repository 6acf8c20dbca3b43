// error: a generator cannot promise `__state`
#[generator]
fn f () -> impl __state < Item = u8 > { }
