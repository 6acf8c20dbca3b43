// error: `yield_from!` cannot be used inside the arguments of `Some!`
#[generator]
fn flatten (t : Tree) -> Box < dyn Iterator < Item = u32 > > { match t { Tree :: Leaf (x) => yield_ ! (x) , Tree :: Node (children) => { for c in children { yield_from ! (flatten (c)) ; Some ! [yield_from !] ; } } } ; yield_ ! { { yield_ ! (13usize) ; 13usize } } }
