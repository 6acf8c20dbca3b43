// error: a generator cannot promise `to_string`
#[generator]
fn f () -> impl to_string < Item = u8 > { }
