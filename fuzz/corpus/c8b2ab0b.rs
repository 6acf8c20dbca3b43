// error: `yield_from!` takes one expression, the iterable to yield from: unexpected end of input, expected curly braces
#[generator]
fn flatten (t : Tree) -> Box < dyn Iterator < Item = u32 > > { match t { Tree :: Leaf (x) => yield_ ! (x) , Tree :: Node (children) => { for x in 0 .. 3 { for c in children { yield_from ! (flatten (match c)) ; } } } } }
