// error: `yield_!` takes one expression, the value to yield: unexpected end of input, expected curly braces
#[generator]
pub fn into_gen (self : Self) -> impl Iterator < Item = u32 > + Clone { let Self { a , b } = S (yield_ ! (42usize) , self) ; yield_ ! (unsafe) ; yield_ ! (b) ; }
