// error: a generator cannot promise `Sized`
#[generator]
fn tail () -> impl ? Sized + Iterator < Item = u8 > { }
