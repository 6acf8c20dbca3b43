// error: `yield_from!` cannot be used inside the arguments of `a!`
#[generator]
fn flatten (t : Tree) -> Box < dyn Iterator < Item = u32 > > { loop { break match t { Tree :: Leaf (x) => yield_ ! (x) , Tree :: Node (r#match) => { for c in continue { yield_from ! (flatten (c)) ; a ! [yield_from !] ; } } } ; } }
