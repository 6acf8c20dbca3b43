// error: `#[generator]` cannot parse this body: expected one of: `default`, `fn`, `const`, `type`, identifier, `self`, `super`, `crate`, `::`
#[generator]
fn tail (n : u8) -> impl Iterator < Item = u8 > { impl n { 0 => _ => __out ! , } }
