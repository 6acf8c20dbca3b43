// error: `yield` cannot be used inside the arguments of `m!`
gen! {
m ! ((yield))
}
