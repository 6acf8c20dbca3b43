// error: `#[generator]` cannot parse this body: expected identifier, found keyword `in`
#[generator]
fn drain (v : Vec < u8 >) -> impl Iterator < Item = u8 > { let mut in = v . into_iter () ; while let Some (x) = it . next () { yield_ ! ([x]) ; } }
