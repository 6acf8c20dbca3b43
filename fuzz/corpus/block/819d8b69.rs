// error: `yield_from!` takes one expression, the iterable to yield from: expected curly braces
gen! {
yield_from ! (loop . iter () . copied ()) ;
}
