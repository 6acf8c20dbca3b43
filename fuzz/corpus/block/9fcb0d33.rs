// error: `yield` cannot be used inside the arguments of `vec!`
gen! {
vec ! [self , yield] ;
}
