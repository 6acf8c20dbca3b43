// error: `#[generator]` cannot parse this body: expected identifier, found keyword `mut`
#[generator]
fn arms (# [resume] first : Option < Return >) -> impl Generator < Option < u32 > , Yield = u32 , Return = u32 > { let mut mut current = first ; let mut count = 0 ; loop { } }
