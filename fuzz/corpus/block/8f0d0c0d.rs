// error: `yield_!` cannot be used inside the arguments of `words!`
gen! {
words ; words ! (0 yield_ ! { yield_ ! (0) } ; .. v)
}
