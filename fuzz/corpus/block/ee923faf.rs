// error: `yield_from!` takes one expression, the iterable to yield from: unexpected token, expected `]`
gen! {
yield 4 ; :: gen_core :: yield_from ! (vec [2 , 3]) ; yield 1 ;
}
