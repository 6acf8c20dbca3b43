// error: `#[generator]` cannot parse this body: expected one of: curly braces, `:`, `where`, `=`
#[generator]
fn f () -> impl Iterator < Item = u8 > { trait b None '\'' loop < 0b1u8 Iterator }
