// error: `#[generator]` cannot parse this body: expected `fn`
#[generator]
fn r#gen () -> impl Iterator < Item = u8 > { < unsafe yield_ ! [-> :] }
