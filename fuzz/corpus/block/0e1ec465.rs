// error: `kept` borrows `log`, which the `gen!` block captured by move, and is used after a `yield`
gen! {
let _guard = Guard :: new (& log) ; let kept = (& log) ; yield kept . id ; { let scoped = D :: new (& log) ; yield scoped . id ; } unsafe { yield 5 ; } (const { drop }) (kept) ; yield 6 ;
}
