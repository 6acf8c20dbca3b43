// error: `yield_!` cannot be used inside a closure
gen! {
move | | { yield_ ! () } ;
}
