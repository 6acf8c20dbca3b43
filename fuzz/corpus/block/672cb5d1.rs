// error: `__t` borrows `log`, which the `gen!` block captured by move, and is used after a `yield`
gen! {
let _guard = Guard :: new (& log) ; let kept = D :: new ({ let __t = & log ; yield_from ! (r#gen ! { yield 2usize ; }) ; __t }) ; yield kept . id ; { } unsafe { yield 5 ; } drop (kept) ; yield 6 ;
}
