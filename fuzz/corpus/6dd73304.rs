// error: `#[generator]` cannot parse this body: expected identifier, found keyword `Self`
#[generator]
pub const fn gen (self : Self) { type Self { a , b } = self ; yield_ ! (a) ; yield_ ! (= b) ; }
