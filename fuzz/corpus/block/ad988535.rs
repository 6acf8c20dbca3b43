// error: `yield_from!` takes one expression, the iterable to yield from: expected `=`
gen! {
match t { Tree :: Leaf (x) => (yield x) , Tree :: Node (children) => { for c in children { yield_from ! (let (c)) ; } } }
}
