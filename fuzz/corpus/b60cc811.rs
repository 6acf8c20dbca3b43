// error: `#[generator]` cannot parse this body: expected one of: literal, identifier, `::`, `<`, `self`, `Self`, `super`, `crate`, `const`
#[generator]
fn drops () -> impl Iterator < Item = usize > { let -> }
