// error: `#[generator]` cannot parse this body: expected identifier, found keyword `type`
#[generator]
fn items () -> impl Iterator < Item = u8 > { struct type P { x : u8 , } impl P { get (& self) -> u8 { self . x } } const K }
