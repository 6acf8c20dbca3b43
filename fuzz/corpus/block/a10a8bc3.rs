// error: `yield_from!` takes one expression, the iterable to yield from: expected identifier, found keyword `return`
gen! {
let _guard = yield_from ! (Guard :: return) (& log) ; let kept = D :: new (& log) ; yield kept . id ; { let scoped = D :: new (& log) ; yield scoped . id ; } unsafe { yield 5 ; } drop (kept) ; yield 6 ;
}
