// error: `#[generator]` cannot parse this body: unexpected end of input, expected `fn`
#[generator]
fn f () -> impl Iterator < Item = u8 > { < extern }
