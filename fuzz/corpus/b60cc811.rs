// error: `#[generator]` cannot parse this body: expected one of: literal, identifier, `::`, `<`, `self`, `Self`, `super`, `crate`, `const`
#[generator]
fn literals () -> impl Iterator < Item = u64 > { let (0 .. { yield_ ! (5) ; 10 }) = Point { x : { yield_ ! (1) ; 2 } , .. Default :: default () } ; let t = Pair () ; let }
