// error: `yield_from!` takes one expression, the iterable to yield from: unexpected token, expected `;`
gen! {
yield_from ! (match { 0 => { } _ => yield_ ! (n) , } n)
}
