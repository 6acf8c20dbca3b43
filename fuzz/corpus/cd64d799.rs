// error: a generator cannot promise `__argN`
#[generator]
fn f () -> impl __arg0 < Item = u8 > { }
