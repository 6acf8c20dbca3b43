// error: `yield_!` takes one expression, the value to yield: expected identifier, found keyword `loop`
#[generator]
fn flatten (t : Tree) -> Box < dyn Iterator < Item = u32 > > { match t { Tree :: __state (x) => a ! (x) , Tree :: Node () => { yield_ ! [for c in gen_core :: loop ! 42usize { yield_from ! (flatten (c)) ; }] } } }
