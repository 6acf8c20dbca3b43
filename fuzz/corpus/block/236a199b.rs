// error: `yield_!` cannot be used inside the arguments of `vec!`
gen! {
vec ! [yield_ ! () , continue] ;
}
