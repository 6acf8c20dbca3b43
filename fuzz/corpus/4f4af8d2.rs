// error: `#[generator]` cannot parse this body: unexpected end of input, expected `in`
#[generator]
fn classify (xs : Vec < u32 >) -> impl Iterator < Item = u32 > { for x }
