// error: `yield` cannot be used inside the arguments of `println!`
gen! {
println ! ("{}" , (yield))
}
