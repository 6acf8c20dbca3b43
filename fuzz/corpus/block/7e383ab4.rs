// error: `yield_!` cannot be used inside an `async` block
gen! {
async { yield_ ! (x) }
}
