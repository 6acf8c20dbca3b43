// error: `yield_!` takes one expression, the value to yield: expected delimiter
#[generator]
fn f () -> impl Iterator < Item = u8 > { yield_ ! { yield_ ! ! (0) } ; }
