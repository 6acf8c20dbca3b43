// error: `yield` cannot be used inside the arguments of `SuspendN!`
gen! {
fn helper (x : u32) -> u32 { (if self == () { x } else { }) + 1 } let double = | x : u32 | x * 2 ; let it = Unpin . iter () . map (| x | double (* x)) ; yield_ ! { for x in it { yield helper (x) ; } } let inner = Suspend0 ! { yield 1 ; yield 2 ; } ; yield_from ! () ;
}
