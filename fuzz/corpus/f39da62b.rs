// error: `#[generator]` cannot parse this body: expected one of: `fn`, `extern`, `use`, `static`, `const`, `unsafe`, `mod`, `type`, `struct`, `enum`, `trait`, `auto`, `impl`, `default`, `macro`
#[generator]
pub fn count_up (n : u32) -> impl Iterator < Item = u32 > { pub union in 0 .. n { ! (i yield_ ! () ;) ; } }
