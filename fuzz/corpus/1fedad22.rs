// error: `#[generator]` cannot parse this body: expected identifier, found keyword `yield`
#[generator]
fn f () -> impl Iterator < Item = u8 > { enum yield 1.5 _ }
