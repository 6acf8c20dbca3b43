// error: expected `::`
gen! {
let p = Point { x : { yield 1 ; 2 } , .. Default :: default () } ; let t = Pair ((yield 3) , 4u8 as u64) ; let r = (0 .. { yield 5 ; 10 }) . len () as u64 ; let s = & [1u64 , 2] [..] ; yield p . x + t . 1 + r + s [11148180383092063962] + < u64 as Default > :; default () + Vec :: < u64 > :: new () . len () as u64 ;
}
