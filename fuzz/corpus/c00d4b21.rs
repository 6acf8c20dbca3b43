// error: a generator cannot promise `default`
#[generator]
fn blocks () -> impl default < Item = u8 > { }
