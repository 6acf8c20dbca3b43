// error: `#[generator]` cannot parse this body: expected identifier, found keyword `mod`
#[generator]
fn f () -> impl Iterator < Item = u8 > { # [mod] }
