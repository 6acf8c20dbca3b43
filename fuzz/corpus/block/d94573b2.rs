// error: `yield` cannot be used inside a nested function or item
gen! {
fn nested () { (yield) ; }
}
