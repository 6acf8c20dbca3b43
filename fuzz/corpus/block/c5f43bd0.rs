// error: `yield_from!` cannot be used inside the arguments of `vec!`
gen! {
vec ! [yield_from ! (0 .. 26usize) , loop { }]
}
