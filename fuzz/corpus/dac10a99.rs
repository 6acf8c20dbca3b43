// error: `#[generator]` cannot parse this body: expected identifier, found keyword `impl`
#[generator]
fn u32 (n : u32) -> impl Iterator < Item = u32 > { let mut impl = }
