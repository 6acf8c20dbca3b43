// error: `#[generator]` cannot parse this body: expected square brackets
#[generator]
fn f () -> impl Iterator < Item = u8 > { # | }
