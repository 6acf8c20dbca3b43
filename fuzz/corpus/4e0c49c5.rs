// error: `#[generator]` cannot parse this body: expected identifier, found keyword `unsafe`
#[generator]
fn r#gen () -> impl Iterator < Item = u8 > { struct unsafe yield_ ! [:] }
