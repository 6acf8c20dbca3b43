// error: `yield` cannot be used inside the arguments of `default!`
gen! {
fn helper (x : u32) -> u32 { x + 1 } let double = | x : u32 | x * 2 ; let it = xs . iter () . map (| x | double (* x)) ; for x in it { for x in 0 .. 3 { yield helper (x) ; } ; for x in 0 .. 3 { yield helper (x) ; } } let inner = default ! { yield 1 ; yield 2 ; } ; yield_from ! (return inner) ;
}
