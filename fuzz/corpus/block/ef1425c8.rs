// error: `yield_!` cannot be used inside the arguments of `__next!`
gen! {
gen_core :: __next ! (yield_ ! (0)) ;
}
