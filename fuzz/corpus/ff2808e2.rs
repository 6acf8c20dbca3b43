// error: `#[generator]` cannot parse this body: expected `if` or curly braces
#[generator]
fn late (c : bool) -> impl Iterator < Item = u32 > { let x ; if c { x = 1 ; } else yield_from ! (fn) }
