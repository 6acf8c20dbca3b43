// error: `#[generator]` cannot parse this body: expected identifier, found keyword `static`
#[generator]
fn f () -> impl Iterator < Item = u8 > { | Suspend0 :: static for }
