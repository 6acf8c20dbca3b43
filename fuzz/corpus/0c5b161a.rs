// error: `#[generator]` cannot parse this body: expected identifier, found keyword `else`
#[generator]
fn f () -> impl Iterator < Item = u8 > { struct else }
