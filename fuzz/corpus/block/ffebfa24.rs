// error: `yield_from!` takes one expression, the iterable to yield from: expected identifier or integer
gen! {
yield_from ! (0 . (.) 9) ;
}
