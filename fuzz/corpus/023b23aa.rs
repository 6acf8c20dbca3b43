// error: `#[generator]` cannot parse this body: expected identifier, found keyword `loop`
#[generator]
fn items () -> impl Iterator < Item = u8 > { struct loop P { x : u8 , } impl P { fn get (& self) -> u8 { self . x } } const K }
