// error: a generator cannot promise `it`
#[generator]
fn f () -> impl it < Item = u8 > { }
