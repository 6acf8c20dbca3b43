// error: `yield_from!` cannot be used inside a closure
gen! {
(| | { yield_from ! [0 .. 3] }) () ;
}
