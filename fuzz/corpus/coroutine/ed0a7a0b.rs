// error: `#[generator]` cannot parse this body: unexpected end of input, expected delimiter
#[generator]
fn outer () -> impl Generator < Yield = u8 , Return = usize > { let s = yield_from ! }
