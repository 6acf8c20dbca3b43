// error: `#[generator]` cannot parse this body: expected one of: `fn`, `extern`, `use`, `static`, `const`, `unsafe`, `mod`, `type`, `struct`, `enum`, `union`, `trait`, `auto`, `impl`, `default`, `macro`
#[generator]
fn f () -> impl Iterator < Item = u8 > { pub >> }
