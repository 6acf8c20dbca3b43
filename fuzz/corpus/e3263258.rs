// error: `#[generator]` cannot parse this body: unexpected end of input, expected curly braces
#[generator]
fn tail () -> impl Iterator < Item = u8 > { match n }
