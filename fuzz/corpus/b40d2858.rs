// error: a generator cannot promise `__value`
#[generator]
fn items () -> impl __value < Item = u8 > { }
