// error: a generator cannot promise `raw`
#[generator]
fn bodies () -> impl raw < Item = u8 > { }
