// error: `yield_!` takes one expression, the value to yield: expected `,`
gen! {
(yield_ ! (x x))
}
