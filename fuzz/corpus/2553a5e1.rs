// error: a generator cannot promise `TN`
#[generator]
fn drop () -> impl T0 < Item = u8 > { }
