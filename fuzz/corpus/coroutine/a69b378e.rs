// error: `yield_from!` takes one expression, the iterable to yield from: unexpected end of input, expected square brackets
#[generator]
fn chain (o : Option < u32 > , # [resume] __r : u32) -> impl Generator < u32 , Yield = u32 , Return = () > { if let Some (x) = { yield_from ! [#] ; yield_ ! (1) ; o } && x > 3 { yield_ ! (x) ; } else if let Some (y) = o { yield_ ! (y) ; } while let Some (x) = o && x > 100 { yield_ ! (x) ; break ; } }
