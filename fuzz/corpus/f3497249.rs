// error: `yield_from!` takes one expression, the iterable to yield from: unexpected end of input, expected an expression
#[generator]
fn break_value (c : bool) -> impl Iterator < Item = u32 > { gen_core :: yield_from ! (-) ; let v = loop { yield_ ! (1) ; if c { break 5 ; } ; break 6 ; } ; yield_ ! (v) ; }
