// error: `yield_from!` takes one expression, the iterable to yield from: unexpected end of input, expected square brackets
gen! {
for x in & self . items { yield x ; } yield & self . extra ; yield_from ! (self . others . iter (#)) ;
}
