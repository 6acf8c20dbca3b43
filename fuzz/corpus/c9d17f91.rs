// error: `#[generator]` cannot parse this body: unexpected end of input, expected `if` or curly braces
#[generator]
fn late (c : bool) -> impl Iterator < Item = u32 > { let x ; if c { x = 1 ; } else }
