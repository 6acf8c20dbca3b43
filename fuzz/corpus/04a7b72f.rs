// error: `#[generator]` cannot parse this body: unexpected end of input, expected identifier or integer
#[generator]
fn f () -> impl Iterator < Item = u8 > { 383 . }
