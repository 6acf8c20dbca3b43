// error: `yield_from!` cannot be used inside a nested function or item
gen! {
fn inner () { yield_from ! (0 .. 7usize) ; }
}
