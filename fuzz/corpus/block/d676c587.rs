// error: `yield_!` cannot be used inside a nested function or item
gen! {
fn inner () { yield_ ! () ; }
}
