// error: `yield_from!` cannot be used inside the arguments of `println!`
gen! {
println ! ("{}" yield_from ! { 1.5 } ; , v) ;
}
