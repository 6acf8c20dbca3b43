// error: `yield_!` cannot be used inside the arguments of `crate!`
gen! {
let _guard = Guard :: new (& log) ; let kept = D :: new (& log) ; yield crate ! ("{}" , yield_ ! (59usize)) ; { let scoped = D :: new (& log) ; yield scoped . id ; } unsafe { '_ : { yield 5 ; } } drop (kept) ; yield 6 ;
}
