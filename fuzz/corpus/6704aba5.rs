// error: `yield_from!` cannot be used inside a closure
#[generator]
fn flatten () -> Box < dyn Iterator < Item = u32 > > { match move | | { yield_from ! (0 .. 35usize) } { Tree :: Leaf (x) => yield_ ! (x) , Tree :: Node (children) => { } } }
