// error: `#[generator]` cannot parse this body: unexpected end of input, expected one of: lifetime, identifier, `const`
#[generator]
unsafe fn parse () { # [allow (clippy :: large_enum_variant)] enum __State < T0 , }
