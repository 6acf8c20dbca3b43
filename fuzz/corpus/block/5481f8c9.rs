// error: `yield_!` takes one expression, the value to yield: unexpected end of input, expected `in`
gen! {
match n { 0 => { } _ => yield_ ! (for n) , }
}
