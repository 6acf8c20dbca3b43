// error: `yield_from!` takes one expression, the iterable to yield from: unexpected end of input, expected identifier or integer
gen! {
yield_from ! (0 .) ;
}
