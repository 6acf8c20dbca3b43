// error: `yield` cannot be used inside the arguments of `Item!`
gen! {
Item ! ((yield 0)) ;
}
