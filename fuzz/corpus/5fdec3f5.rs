// error: a generator cannot promise `r#type`
#[generator]
pub fn gen (self : Self) -> impl r#type < Item = u32 > + Clone { let Self { a , b } = self ; yield_ ! (__fuzz_none_group ! { a }) ; yield_ ! (b) ; }
