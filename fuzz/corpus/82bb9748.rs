// error: unknown argument to `#[generator]`
#[generator(foo)]
fn classify (xs : Vec < u32 >) -> impl Iterator < Item = u32 > { }
