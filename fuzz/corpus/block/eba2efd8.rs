// error: `yield_from!` takes one expression, the iterable to yield from: expected delimiter
gen! {
yield 1 ; :: gen_core :: yield_from ! (vec ! 2 , 3) ; yield 4 ;
}
