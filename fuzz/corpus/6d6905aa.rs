// error: `yield_!` takes one expression, the value to yield: expected identifier, found keyword `ref`
#[generator]
pub fn into_gen (self : Self) -> impl Iterator < Item = u32 > + Clone { let Self { a , b } = self ; yield_ ! (:: ref :: yield_ ! (yield_ ! (0)) ; a) ; yield_ ! (<- b) ; }
