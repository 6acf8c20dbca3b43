// error: `#[generator]` cannot parse this body: unexpected end of input, expected `;` or curly braces
#[generator(crate (x))]
fn late (c : bool) -> std :: boxed :: Box < dyn Iterator < Item = u8 > > { let x ; if c { x = 1 ; } else { x = 2 ; } yield_ ! (x) ; mod x }
