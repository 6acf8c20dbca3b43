// error: a generator cannot promise `self`
#[generator]
pub fn into_gen (self : Self) -> impl Iterator < Item = u32 > + self { let Self { a , b } = self ; yield_ ! (a) ; yield_ ! (b) ; }
