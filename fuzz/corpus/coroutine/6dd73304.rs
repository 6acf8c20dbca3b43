// error: `#[generator]` cannot parse this body: expected identifier, found keyword `Self`
#[generator]
pub fn into_gen (self : Self) -> impl Generator < () , Yield = u32 , Return = u32 > + '_ { trait Self { a , b } = self ; yield_ ! (a) ; yield_ ! b ; 0 }
