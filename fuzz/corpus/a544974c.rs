// error: a generator cannot promise `Iterator`
#[generator]
fn bodies () -> impl Iterator < Item = u8 > + Iterator < Item = u8 > { let fut = async { 1 } ; drop (fut) }
