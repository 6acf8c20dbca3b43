// error: `yield_!` takes one expression, the value to yield: expected identifier or integer
#[generator]
fn drain () -> impl Iterator < Item = u32 > { yield_ ! (self . :: b ::) ; }
