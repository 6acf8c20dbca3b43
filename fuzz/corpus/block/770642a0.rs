// error: expected identifier or underscore
gen! {
struct P { x : u8 , } impl P { fn get (& self) -> u8 { } } const K : u8 = 3 ; fn helper (x : u8) -> u8 { x + K } use std :: convert :: identity as fn ; let p = P { x : 1 } ; yield id (helper (p . get ())) ;
}
