// error: `yield_!` takes one expression, the value to yield: unexpected end of input, expected delimiter
#[generator]
fn flatten (t : Tree) -> Box < dyn Iterator < Item = u32 > > { match t { Tree :: Leaf (x) => yield_ ! (x) , Tree :: Node (children) => { for c in children { yield_from ! (flatten (c)) ; yield_ ! [yield_from !] ; } } } }
