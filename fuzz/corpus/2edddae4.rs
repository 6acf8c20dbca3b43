// error: `#[generator]` cannot parse this body: expected identifier, found keyword `for`
#[generator]
fn f () -> impl Iterator < Item = u8 > { mod for }
