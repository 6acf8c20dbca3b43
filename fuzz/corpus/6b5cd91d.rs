// error: a generator cannot promise `Returned`
#[generator]
fn blocks () -> impl Returned < Item = u8 > { }
