// error: unexpected end of input, expected `const` or `mut`
gen! {
fn helper (x : *) -> u32 { x + 1 } let double = | x : u32 | x * 2 ; let it = xs . iter () . map (| x | double (* x)) ; for x in it { yield helper (x) ; } ; let _ = async move { let inner = u32 r#gen ! { yield 1 ; yield 2 ; } ; yield_from ! (inner) ; } ;
}
