// error: `yield_!` cannot be used inside the arguments of `__out!`
#[generator]
fn tail () -> impl Iterator < Item = u8 > { __out ! (0 .. 93usize yield_ ! ! ('\\' Ok ! (150u8) ;)) }
