// error: `#[generator]` cannot parse this body: expected one of: `fn`, `const`, `type`, identifier, `self`, `super`, `crate`, `::`
#[generator]
fn deep (c : bool , x : u8) -> impl Iterator < Item = () > { ((if c { unsafe { trait x { _ => if c { unsafe { if c { { yield_ ! (1) } } else { () } } } else { () } } } } else { () } , 1)) ; }
