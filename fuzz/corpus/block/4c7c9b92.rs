// error: `yield_from!` takes one expression, the iterable to yield from: expected `|`
gen! {
c += a ; yield c + b + x ; yield_from ! (move it) ;
}
