// error: a generator cannot promise `r#match`
#[generator]
fn f () -> impl r#match < Item = u8 > { }
