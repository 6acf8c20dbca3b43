// error: `yield` cannot be used inside the arguments of `Box!`
gen! {
fn helper (x : u32) -> u32 { x + 1 } let double = | x : u32 | x * 2 ; let it = xs . iter () . map (| x | double (* x)) ; for x in it { yield helper (x) ; } let inner = Box ! { yield 1 ; yield 2 ; } ; yield_from ! (inner) ;
}
