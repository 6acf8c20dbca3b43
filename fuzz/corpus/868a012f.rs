// error: `#[generator]` cannot parse this body: unexpected end of input, expected one of: `crate`, curly braces, string literal
#[generator]
fn f () -> impl Iterator < Item = u8 > { extern }
