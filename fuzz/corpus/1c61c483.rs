// error: `#[generator]` cannot parse this body: expected identifier, found keyword `move`
#[generator]
fn flatten () -> Box < dyn Iterator < Item = u32 > > { match move | | { yield_from ! (0 .. 35usize) } { Tree :: Leaf () => yield_ ! (x) , Tree :: move () => } }
