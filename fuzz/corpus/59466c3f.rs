// error: `#[generator]` cannot parse this body: unexpected end of input, expected one of: identifier, `self`, `super`, `crate`, `try`, `*`, curly braces
#[generator]
fn f () -> impl Iterator < Item = u8 > { use }
