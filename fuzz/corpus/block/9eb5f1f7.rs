// error: `yield` cannot be used inside the arguments of `macro_rules!`
gen! {
macro_rules ! m { () => { (yield 25usize) } }
}
