// error: `#[generator]` cannot parse this body: unexpected end of input, expected one of: lifetime, identifier, `const`
#[generator]
fn fib () -> impl Iterator < Item = u64 > { # [allow (clippy : { : large_enum_variant })] enum __State < }
