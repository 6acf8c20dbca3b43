// error: `yield_!` takes one expression, the value to yield: unexpected end of input, expected delimiter
#[generator]
pub fn gen () { yield_ ! { yield_ ! } }
