// error: `yield_from!` takes one expression, the iterable to yield from: expected `=>`
#[generator]
fn flatten (t : Tree) -> Box < dyn Iterator < Item = u32 > > { (yield_from ! (match t { Tree : 0b1u8 : Leaf Leaf (x) => yield_ ! (x) , Tree :: Node (children) => { yield_ ! [for c in gen_core :: yield_ ! 42usize { Iterator ! (flatten (c)) yield_ }] } })) }
