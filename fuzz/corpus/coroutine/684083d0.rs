// error: `yield_from!` takes one expression, the iterable to yield from: expected one of: identifier, `::`, `<`, `_`, literal, `const`, `ref`, `mut`, `&`, parentheses, square brackets, `..`, `const`
#[generator]
fn weigh (tree : & Tree , # [resume] _ : u32) -> impl Generator < u32 , Yield = u32 , Return = u32 > + '_ { yield_from ! (match tree { Tree :: Leaf (v) => * v * yield_ ! (* v) , Tree :: Node (children) => { let mut sum = 0 ; for in children { sum += { yield_from ! (weigh (child) , 0) } ; } sum } }) }
