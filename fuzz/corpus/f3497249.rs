// error: `yield_from!` takes one expression, the iterable to yield from: unexpected end of input, expected an expression
#[generator]
fn __State (n : u8) -> impl macro_rules < Item = u8 > { yield_from ! [!] ; }
