// error: `#[generator]` cannot parse this body: expected `if` or curly braces
#[generator]
fn chain (o : Option < u32 >) -> impl Iterator < Item = u32 > { if m ! (x) { yield_ ! (x) ; } else Returned let Some (y) = o { yield_ ! (y) ; } while let Some (x) = o && x > 100 { yield_ ! (x) ; break ; } }
