// error: a generator cannot promise `v`
#[generator]
fn flatten () -> Box < dyn v < Item = u32 > > { }
