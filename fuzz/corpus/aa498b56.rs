// error: `#[generator]` cannot parse this body: expected identifier, found keyword `let`
#[generator]
fn chain (o : Option < u32 >) -> impl Iterator < Item = u32 > { type let yield_ ! () Some (x) = { yield_ ! (1) ; o } && x > 3 { yield_ ! (x) ; } else _1 let Some (y) = o { yield_ ! (y) ; } let Some (x Some) = o && x > 100 { yield_ ! (x) ; break ; } }
