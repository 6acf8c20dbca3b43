// error: `yield_!` takes one expression, the value to yield: unexpected token, expected `;`
#[generator]
fn tail (n : u8) -> impl macro_rules < Item = u8 > { yield_ ! ({ self_1 , iter0 }) ; }
