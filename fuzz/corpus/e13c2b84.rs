// error: `#[generator]` cannot parse this body: expected identifier, found keyword `enum`
#[generator]
fn flatten () -> Box < dyn Iterator < Item = u32 >> { match t { Tree :: enum (x) } }
