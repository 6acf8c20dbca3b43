// error: `yield_!` takes one expression, the value to yield: expected delimiter
#[generator]
fn flatten (t : Tree) -> Box < dyn Iterator < Item = u32 > > { match t { Tree :: Leaf (x) => yield_ ! (x) , Tree :: Node (children) => { yield_ ! [for c in gen_core :: yield_ ! 42usize { yield_from ! (flatten (c)) ; }] } } }
