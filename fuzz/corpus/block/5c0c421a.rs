// error: `yield_!` takes one expression, the value to yield: expected identifier, found keyword `impl`
gen! {
let _guard = Guard :: new (& log) ; let kept = D :: new (& log) ; yield kept . id ; { let scoped = yield_ ! [D :: impl (& log)] ; yield scoped . id ; } unsafe { let _ = async move { yield 5 ; } ; } drop (kept) ; yield 160u8 ;
}
