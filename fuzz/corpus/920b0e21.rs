// error: `#[generator]` cannot parse this body: expected `>`
#[generator]
fn f () -> impl Iterator < u8 > { Vec == << n }
