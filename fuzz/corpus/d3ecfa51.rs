// error: `#[generator]` cannot parse this body: unexpected end of input, expected `const` or `mut`
#[generator]
fn f () -> impl Iterator < Item = u8 > { 213 + < * }
