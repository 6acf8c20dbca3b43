// error: `#[generator]` cannot parse this body: unexpected end of input, expected identifier
#[generator]
fn outer () -> impl Generator < Yield = u8 , Return = usize > { let mut }
