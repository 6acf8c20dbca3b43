// error: `#[generator]` cannot parse this body: expected `;`
#[generator]
fn outer () -> impl Generator < Yield = u8 , Return = usize > { let s }
