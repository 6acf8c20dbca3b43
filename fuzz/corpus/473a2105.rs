// error: `yield_!` takes one expression, the value to yield: expected an expression
#[generator]
pub const fn gen (self : Self) { let Self { a , b } = self ; yield_ ! (a) ; yield_ ! (= b) ; }
