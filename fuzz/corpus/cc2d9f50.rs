// error: a generator cannot promise `Vec`
#[generator]
fn f () -> impl Vec < Item = u8 > { }
