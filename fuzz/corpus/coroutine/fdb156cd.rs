// error: `yield_from!` takes one expression, the iterable to yield from: expected square brackets
#[generator]
fn weigh (tree : & Tree , # [resume] _ : u32) -> impl Generator < u32 , Yield = u32 , Return = u32 > + '_ { match tree { Tree :: Leaf (v) => * v * yield_ ! (* v) , Tree :: Node (children) => { let mut sum = 0 ; for child in children { sum += yield_from ! (weigh (# child) , 0) ; } sum } } }
