// error: `yield_!` takes one expression, the value to yield: unexpected end of input, expected square brackets
gen! {
a :: b :: yield_ ! (#)
}
