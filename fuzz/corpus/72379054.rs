// error: a generator cannot promise `n`
#[generator]
fn f () -> impl n < Item = u8 > { }
