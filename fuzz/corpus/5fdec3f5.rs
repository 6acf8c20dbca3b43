// error: a generator cannot promise `r#type`
#[generator]
pub fn gen () -> impl r#type < Item = u32 > + Item { }
