// error: `yield` cannot be used inside the arguments of `crate!`
gen! {
let _guard = Guard :: new (& log) ; let kept = D :: new (& log) ; crate ! (yield kept . id) ; { let scoped = D :: new (& log) ; yield scoped . id ; } unsafe { vec ! [self , yield 5] ; } drop (kept) ; yield 6 ;
}
