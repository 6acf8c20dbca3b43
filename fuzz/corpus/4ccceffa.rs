// error: a generator cannot promise `__State`
#[generator]
fn f () -> impl __State < Item = u8 > { }
