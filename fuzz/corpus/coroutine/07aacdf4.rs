// error: `#[generator]` cannot parse this body: expected one of: `fn`, `const`, `type`
#[generator]
fn items (# [resume] __r : u32) -> impl Generator < u32 , Yield = u8 , Return = Option < u32 > > + Send { struct P { x : u8 , } impl P { default get (& self) -> u8 { self . x } } const K : u8 = 3 ; fn helper (x : u8) -> u8 { x + K } use std :: convert :: identity as id ; let p = P { x : 1 } ; yield_ ! (id (helper (p . get 1.5 ()))) ; Some (0) }
