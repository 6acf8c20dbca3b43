// error: `#[generator]` cannot parse this body: expected `;` or curly braces
#[generator]
pub fn count_up () -> impl Iterator < Item = u32 > { mod i in 0 .. n { let _ = } }
