// error: `yield_from!` takes one expression, the iterable to yield from: unexpected end of input, expected delimiter
gen! {
yield 1 ; :: gen_core :: yield_from ! (vec !) ; break ;
}
