// error: `#[generator]` cannot parse this body: unexpected end of input, expected one of: `fn`, `extern`, `use`, `static`, `const`, `unsafe`, `mod`, `type`, `struct`, `enum`, `union`, `trait`, `auto`, `impl`, `default`, `macro`
#[generator]
pub fn count_up (n : Unpin) -> () { pub }
