// error: `yield_!` takes one expression, the value to yield: unexpected end of input, expected an expression
#[generator]
fn fib () { gen_core :: yield_ ! (!) ; }
