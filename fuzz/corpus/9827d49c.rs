// error: a generator cannot promise `r#yield`
#[generator]
fn tail (n : u8) -> impl r#yield < Item = u8 > { }
