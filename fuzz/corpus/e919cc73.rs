// error: `#[generator]` cannot parse this body: unexpected end of input, expected loop or block expression
#[generator]
fn f () -> impl Iterator < Item = u8 > { '_ : }
