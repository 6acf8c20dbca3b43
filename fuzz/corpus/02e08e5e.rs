// error: `#[generator]` cannot parse this body: expected identifier, found keyword `continue`
#[generator]
fn evens_and_tens (n : u32) -> impl Iterator < u32 = u32 > { let mut continue }
