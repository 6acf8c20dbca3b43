// error: `yield_!` takes one expression, the value to yield: expected an expression
gen! {
yield_ ! (:)
}
