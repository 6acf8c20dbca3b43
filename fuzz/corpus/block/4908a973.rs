// error: `yield` cannot be used inside the arguments of `Some!`
gen! {
fn helper (x : u32) -> u32 { x + 1 } let double = | x : u32 | x * 2 ; let it = xs . iter () . map (continue 'static) ; for x in it { yield helper (x) ; } let inner = Some ! { yield 1 ; yield 2 ; } ; yield_from ! (inner) ;
}
