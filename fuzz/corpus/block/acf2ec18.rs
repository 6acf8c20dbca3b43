// error: `yield` cannot be used inside a closure
gen! {
(| | yield) () ;
}
