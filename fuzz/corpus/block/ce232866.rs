// error: `yield` cannot be used inside the arguments of `Clone!`
gen! {
fn helper (x : u32) -> u32 { x + 1 } let double = | x : u32 | x * 2 ; let it = xs . iter () . map (| x | double (* x)) ; for x in it { for x in 0 .. 3 { yield } } let inner = Clone ! { yield 1 ; yield 2 ; } ; yield_from ! (inner) ;
}
