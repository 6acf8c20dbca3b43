// error: `yield_from!` takes one expression, the iterable to yield from: expected an expression
gen! {
yield_from ! [;] ;
}
