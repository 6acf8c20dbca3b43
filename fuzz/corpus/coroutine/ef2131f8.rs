// error: `#[generator]` cannot parse this body: expected one of: `fn`, `extern`, `use`, `static`, `const`, `unsafe`, `mod`, `type`, `struct`, `enum`, `union`, `trait`, `auto`, `impl`, `default`, `macro`
#[generator]
fn f (# [resume] r : u32) -> impl Generator < u32 , Yield = u8 , Return = u8 > { pub b'x' }
