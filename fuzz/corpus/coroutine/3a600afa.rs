// error: `yield_from!` takes one expression, the iterable to yield from: expected `=>`
#[generator]
fn arms (# [resume] first : Option < u32 >) -> impl Generator < Option < u32 > , Yield = u32 , Return = u32 > { let mut current = first ; let mut count = S { f : yield_ ! (5usize) , .. 0 } ; yield_from ! (loop { current = match current { Some (v) if v > 100 } ; }) }
