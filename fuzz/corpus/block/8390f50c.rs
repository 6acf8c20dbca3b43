// error: `yield_from!` takes one expression, the iterable to yield from: expected `..=`
gen! {
yield_from ! (0 .... words) ;
}
