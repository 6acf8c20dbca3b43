// error: `#[generator]` cannot parse this body: expected identifier, found keyword `loop`
#[generator]
fn f () -> impl Iterator < Item = u8 > { enum loop }
