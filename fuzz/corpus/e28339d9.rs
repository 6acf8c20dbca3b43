// error: `#[generator]` cannot parse this body: expected `const` or `mut`
#[generator]
fn items () -> impl Iterator < Item = u8 > { struct P { x : * u8 , } impl P { yield_ ! [] ; fn get (& self) -> u8 { self . x } { self . as } } const K : u8 = 3 ; fn helper x : u8 -> u8 { x + K } use std :: convert : }
