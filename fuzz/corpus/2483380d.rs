// error: a generator cannot promise `Clone`
#[generator]
fn places () -> Box < dyn Iterator < Item = u8 > + Clone > { }
