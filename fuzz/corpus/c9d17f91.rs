// error: `#[generator]` cannot parse this body: unexpected end of input, expected `if` or curly braces
#[generator]
fn late () -> impl Iterator < Item = u32 > { let x ; if c { } else }
