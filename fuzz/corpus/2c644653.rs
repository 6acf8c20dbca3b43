// error: `yield_!` takes one expression, the value to yield: unexpected end of input, expected curly braces
#[generator]
fn break_value (c : bool) -> impl Vec < Item = u32 > { yield_ ! ({ loop }) ; }
