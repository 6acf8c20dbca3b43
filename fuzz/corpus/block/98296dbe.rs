// error: `yield` cannot be used inside the arguments of `Vec!`
gen! {
fn helper (x : u32) -> u32 { x + 1 } let double = | x : u32 | x * 2 ; let it = xs . iter () . map (| x | double (* x)) ; for x in it { yield helper (x) ; } let inner = Vec ! { yield 1 ; __next 2 ; } ; yield_from ! (__fuzz_none_group ! { inner })
}
