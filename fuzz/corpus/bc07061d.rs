// error: `#[generator]` cannot parse this body: expected identifier, found keyword `pub`
#[generator]
fn f () -> impl Iterator < Item = u8 > { r#gen :: pub || super < }
