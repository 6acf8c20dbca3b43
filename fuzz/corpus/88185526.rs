// error: `#[generator]` cannot parse this body: expected identifier, found keyword `self`
#[generator]
fn f () -> impl Iterator < Item = u8 > { enum self 'é' }
