// error: `yield` cannot be used inside an `async` block
gen! {
(async { yield x })
}
