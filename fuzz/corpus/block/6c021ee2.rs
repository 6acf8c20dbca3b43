// error: `yield_!` takes one expression, the value to yield: expected delimiter
gen! {
yield_ ! (yield_ ! ; (())) ;
}
