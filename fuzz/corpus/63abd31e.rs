// error: `#[generator]` cannot parse this body: expected identifier or integer
#[generator]
fn f () -> impl Iterator < Item = u8 > { 1.5 . * }
