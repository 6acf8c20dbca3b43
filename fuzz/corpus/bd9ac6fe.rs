// error: `#[generator]` cannot parse this body: unexpected token, expected `;`
#[generator]
fn f () -> impl Iterator < Item = u8 > { 774 391 }
