// error: `#[generator]` cannot parse this body: expected `;`
#[generator]
fn s (c : bool) -> impl Iterator < Item = u32 > { let x }
