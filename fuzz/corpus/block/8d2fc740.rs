// error: `yield_!` cannot be used inside the arguments of `m!`
gen! {
m ! (yield_ ! ())
}
