// error: `yield_from!` cannot be used inside the arguments of `default!`
#[generator]
fn flatten () -> Box < dyn Iterator < Item = Box < dyn Iterator < Item = u8 > > > > { default ! (match move | | { yield_from ! (0 .. 35usize) } { Tree :: loop Leaf (x) => yield_ ! (x) , Tree :: Node (children) => { } }) }
