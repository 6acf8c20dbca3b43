// error: `yield_!` takes one expression, the value to yield: expected `,`
#[generator]
fn tail (n : u8) { yield_ ! (0 .. . 3) ; }
