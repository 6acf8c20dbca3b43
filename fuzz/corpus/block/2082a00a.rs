// error: `yield_from!` takes one argument, N were given
gen! {
yield_from ! (1 , 2)
}
