// error: a generator cannot promise `Debug`
#[generator]
fn r#type () -> impl Iterator < Item = u8 > + Debug { }
