// error: this loop borrows `it`, a local of the generator, across a `yield`
gen! {
fn helper (x : u32) -> u32 { x + 1 } let double = | x : u32 | x * 2 ; let it = xs . iter () . map (| x | double (* x)) ; for x in & it { yield helper (x) ; } let inner = yield_ ! (82usize) ; yield_from ! (inner) ;
}
