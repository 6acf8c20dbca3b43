// error: a generator cannot promise `r#gen`
#[generator]
fn chain () -> impl r#gen < Item = u32 > { }
