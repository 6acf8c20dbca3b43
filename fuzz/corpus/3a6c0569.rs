// error: `#[generator]` cannot parse this body: unexpected token, expected `]`
#[generator]
fn f () -> impl Iterator < Item = u8 > { & Ok [_ 1.5] }
