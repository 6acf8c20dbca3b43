// error: `yield_!` takes one expression, the value to yield: unexpected end of input, expected identifier or integer
#[generator]
fn f () -> impl Iterator < Item = u8 > { yield_ ! { 0 . } }
