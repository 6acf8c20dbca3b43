// error: `#[generator]` cannot parse this body: expected identifier, found keyword `fn`
#[generator]
fn items () -> impl Iterator < Item = u8 > { struct fn P { x : u8 , } impl P const K }
