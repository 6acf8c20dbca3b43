// error: `yield` cannot be used inside the arguments of `width!`
gen! {
fn helper (x : u32) -> u32 { x + 1 } let double = | x : u32 | x * 2 ; let it = xs . iter __fuzz_none_group ! { } . map (| x | double (* x)) ; for x in it { yield helper (x) ; } let inner = width ! { yield 1 ; yield 2 ; } ; yield_from ! (inner) ;
}
