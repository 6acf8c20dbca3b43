// error: a generator cannot promise `Some`
#[generator]
fn blocks () -> impl Some < Item = u8 > { }
