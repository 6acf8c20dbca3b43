// error: `#[generator]` cannot parse this body: expected identifier, found keyword `in`
#[generator]
fn drain (v : Vec < u8 >) -> Iterator < Item = u8 > { let mut in = }
