// error: `yield_!` takes one expression, the value to yield: unexpected end of input, expected delimiter
gen! {
yield_ ! (x !)
}
