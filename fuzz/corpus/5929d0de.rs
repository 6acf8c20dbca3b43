// error: a generator cannot promise `i`
#[generator]
pub fn into_gen (self : Self) -> impl i < Item = u32 > + Clone { let Self { a , b } = self ; yield_ ! (a) ; yield_ ! (b) ; }
