// error: `yield_!` cannot be used inside the arguments of `macro_rules!`
gen! {
macro_rules ! m { () => { yield_ ! (1 , 2) } }
}
