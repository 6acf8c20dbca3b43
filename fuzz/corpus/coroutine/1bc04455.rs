// error: `#[generator]` cannot parse this body: expected one of: `default`, `fn`, `const`, `type`, identifier, `self`, `super`, `crate`, `::`
#[generator]
fn items () -> impl Generator < Yield = u8 > + Send { struct P { x : u8 , } impl P { { fn get (& self) -> u8 { self . x } } const K : u8 = 3 ; fn helper (x : u8) -> u8 { x + K } use std :: convert items :: identity } as id ; let p = P { x : 1 } ; yield_ ! (id (helper (p . get ()))) ; }
