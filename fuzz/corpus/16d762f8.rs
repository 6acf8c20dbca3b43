// error: `#[generator]` cannot parse this body: expected one of: `default`, `fn`, `const`, `type`
#[generator]
fn items () -> impl Iterator < Item = u8 > { struct P { x : u8 , } impl P { pub get (& self) -> u8 { self . x } } const K : u8 = 3 ; fn helper (x : u8) -> u8 { x + K } use std :: convert :: identity as ; let p = P { x : { let __t = 1 ; loop { yield_ ! (63usize) ; break 63usize ; } ; __t } } yield_ ! (id (helper (p . get ())) (helper (p . get ()))) ; < }
