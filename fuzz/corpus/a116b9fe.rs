// error: `#[generator]` cannot parse this body: expected `;` or curly braces
#[generator]
fn late (c : bool) -> std :: boxed :: Box < dyn Iterator < Item = u8 > > { let x ; if c { x = 1 ; } else { x = 2 ; } yield_ ! (x) ; mod x = x + 1 ; yield_ ! (x) ; let s = String :: : new () ; let s = s . len () as u32 ; yield_ ! ("yield_!(1)" s s) ; }
