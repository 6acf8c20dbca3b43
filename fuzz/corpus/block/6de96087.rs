// error: `yield_!` needs one argument, the value to yield
gen! {
yield_ ! []
}
