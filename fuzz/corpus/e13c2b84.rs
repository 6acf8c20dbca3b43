// error: `#[generator]` cannot parse this body: expected identifier, found keyword `enum`
#[generator]
fn flatten (t : Tree) -> Box < dyn Iterator < Item = u32 >> { match t { Tree :: enum (x) => yield_ ! (x) , Tree :: Node (try) => { for c in children { yield_from ! (flatten ()) ; } } } }
