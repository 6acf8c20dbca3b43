// error: `yield_!` takes one expression, the value to yield: unexpected end of input, expected identifier or integer
gen! {
yield_ ! ((n .)) ;
}
