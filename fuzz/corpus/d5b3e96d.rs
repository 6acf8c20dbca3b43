// error: `yield_!` takes one expression, the value to yield: unexpected end of input, expected an expression
#[generator]
pub fn into_gen (self : Self) -> impl Iterator < Item = u32 > + Clone { let Self { a , b } = self ; yield_ ! (a) ; yield_ ! (b ..=) ; }
