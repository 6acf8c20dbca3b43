// error: `yield_!` takes one expression, the value to yield: expected `>`
#[generator]
fn tail (n : u8) -> impl Iterator < Item = u8 > { yield_ ! { < yield_ ! () ; } }
