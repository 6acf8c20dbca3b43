// error: `yield_from!` cannot be used inside an `async` block
gen! {
async move { yield_from ! (0 .. 42usize) } ;
}
