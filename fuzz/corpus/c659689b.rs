// error: `yield_!` cannot be used inside the arguments of `__State!`
#[generator]
fn flatten (t : Tree) -> Box < dyn Iterator < Item = u32 > > { match t { Tree :: Leaf (x) => yield_ ! (x) , Tree :: Node (children) => { __State ! [for c in gen_core :: yield_ ! 42usize { yield_from ! (flatten (c)) ; }] } } }
