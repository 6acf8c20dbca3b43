// error: `#[generator]` cannot parse this body: expected one of: `fn`, `extern`, `use`, `static`, `const`, `unsafe`, `mod`, `type`, `struct`, `enum`, `union`, `trait`, `auto`, `impl`, `default`, `macro`, identifier, `self`, `super`, `crate`, `::`
#[generator(crate = x , crate = y)]
fn tail (n : u8) -> impl Iterator < Item = u8 > { mod n { 0 => { } _ => yield_ ! (n) , } }
