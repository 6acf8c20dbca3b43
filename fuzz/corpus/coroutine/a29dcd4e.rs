// error: unexpected end of input, expected identifier
#[generator(crate = ::)]
fn outer () -> impl Generator < Yield = u8 , Return = usize > { }
