// error: a generator cannot promise `y`
#[generator]
fn blocks () -> impl y < Item = u8 > { }
