// error: `yield_!` takes one expression, the value to yield: unexpected end of input, expected curly braces
gen! {
yield_ ! (loop)
}
