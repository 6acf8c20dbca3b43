// error: `yield_from!` takes one expression, the iterable to yield from: unexpected end of input, expected curly braces
gen! {
yield 1 ; :: gen_core :: yield_from ! (while ! [2 , 3]) ; yield 4 ;
}
