// error: `yield_from!` takes one expression, the iterable to yield from: unexpected end of input, expected an expression
gen! {
yield_from ! (words . iter [] . copied ()) ;
}
