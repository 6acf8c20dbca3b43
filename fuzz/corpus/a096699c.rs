// error: `yield_!` cannot be used inside the arguments of `r#match!`
#[generator]
pub fn into_gen (self : Self) -> impl for < 'a > Iterator < Item = & 'a u8 > { let Self { a , b } = self ; r#match ! (:: gen_core :: yield_ ! { } ; b) ; }
