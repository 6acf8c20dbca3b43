// error: `#[generator]` cannot parse this body: expected identifier, found keyword `ref`
#[generator]
fn f () -> impl Iterator < Item = u8 > { type ref - }
