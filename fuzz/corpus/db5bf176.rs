// error: `#[generator]` cannot parse this body: unexpected end of input, expected one of: curly braces, `:`, `where`, `=`
#[generator]
fn f () -> impl Iterator < Item = u8 > { trait b }
