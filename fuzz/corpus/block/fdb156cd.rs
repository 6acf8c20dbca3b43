// error: `yield_from!` takes one expression, the iterable to yield from: expected square brackets
gen! {
fn helper (x : u32) -> u32 { x + 1 } let double = | x : u32 | x * 2 ; let it = xs . iter () . map (| x | double (* x)) ; for x in it { } let inner = r#gen ! { yield 1 ; yield 2 ; } ; yield_from ! (# inner) ;
}
