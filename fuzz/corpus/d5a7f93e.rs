// error: `#[generator]` cannot parse this body: expected identifier or underscore
#[generator]
fn items () -> impl Iterator < Item = u8 > { struct P { x : u8 , } impl P { fn get (& self) -> u8 { self . x } } const K : u8 = 3 ; fn helper (x : u8) -> u8 { x + K } use std :: convert :: identity as ; let p }
