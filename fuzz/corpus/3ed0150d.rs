// error: `#[generator]` cannot parse this body: expected one of: identifier, `self`, `super`, `crate`, `try`, `*`, curly braces
#[generator]
fn f () -> impl Iterator < Item = u8 > { use 56u8 v '_ }
