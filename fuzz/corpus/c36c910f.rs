// error: `#[generator]` cannot parse this body: expected `::`
#[generator]
fn f () -> impl Iterator < Item = u8 > { < Send > 0b1u8 }
