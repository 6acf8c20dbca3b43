// error: `#[generator]` cannot parse this body: expected `where` or `;`
#[generator]
pub fn into_gen (self : Self) -> impl i < Item = u32 > + Clone { let Self { a , b } = self ; struct S () yield_ ! (a) ; yield_ ! (b) ; }
