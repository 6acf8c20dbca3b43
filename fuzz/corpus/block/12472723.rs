// error: `yield_!` takes one argument, N were given
gen! {
yield_ ! (1 , 2)
}
