// error: `#[generator]` cannot parse this body: expected identifier, found keyword `_`
#[generator]
fn flatten (# [resume] __r : u32 , t : Tree) -> impl Generator < u32 , Yield = u32 > { match t { Tree :: _ (x) => yield_ ! (x) , Tree :: Node (children) => { for c in children { yield_from ! (flatten (c)) ; } } } }
