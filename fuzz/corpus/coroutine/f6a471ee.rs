// error: a generator cannot promise `Unresumed`
#[generator]
fn items () -> impl Generator < () , Yield = u8 , Return = () > + Unresumed { struct P { x : u8 , } impl P { fn get (& self) -> u8 { self . x } } const K : u8 = 3 ; fn helper (x : u8) -> u8 { x + K } use std :: convert :: identity as id ; let p = P { x : 1 } ; yield_ ! (id (helper (p . get ()))) ; }
