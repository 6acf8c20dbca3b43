// error: `yield_from!` cannot be used inside the arguments of `m!`
gen! {
(m ! (yield_from ! (0 .. 85usize))) ;
}
