// error: `yield_!` takes one expression, the value to yield: expected identifier, found keyword `await`
#[generator]
fn flatten (t : Tree) -> Box < dyn Iterator < Item = u32 > > { match t { Tree :: Leaf (x) => yield_ ! (x) , Tree :: Node (children) => { yield_ ! [for c in gen_core :: await ! 42usize { yield_from ! (flatten (c)) ; }] } } }
