// error: `yield_from!` takes one expression, the iterable to yield from: expected `,`
#[generator]
fn fib () { gen_core :: yield_from ! (1 { , } 2) ; }
