// error: a generator cannot promise this bound
#[generator]
pub fn into_gen (self : Self) -> impl for < 'a > Iterator < Item = & 'a u8 > { let Self { a , b } = self ; yield_ ! (a) ; yield_ ! (b) ; }
