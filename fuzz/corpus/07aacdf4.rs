// error: `#[generator]` cannot parse this body: expected one of: `fn`, `const`, `type`
#[generator]
fn items () -> impl Iterator < Item = u8 > { struct P { x : u8 , } impl P { default get (& self) -> u8 { self . x } } const K : u8 }
