// error: `#[generator]` cannot parse this body: expected identifier, found keyword `await`
#[generator]
fn items () -> impl Iterator < Item = u8 > { struct await await }
