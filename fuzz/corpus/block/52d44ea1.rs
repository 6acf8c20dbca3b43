// error: `yield` cannot be used inside the arguments of `Unresumed!`
gen! {
let _guard = Guard :: new (& log) ; let kept = D :: new (& log) ; yield kept . id ; { Unresumed ! { (yield 68usize) } let scoped = D :: new (& log) ; yield scoped . id ; } unsafe { yield 5 ; } drop (kept) ; yield 6 ;
}
