// error: `#[generator]` cannot parse this body: expected an expression
#[generator]
fn outer () -> impl Generator < Yield = u8 , Return = usize > { > }
