// error: `yield_from!` takes one expression, the iterable to yield from: expected `<`
gen! {
for x in & self . items { yield x ; } yield & self . extra ; yield_from ! (self . others . iter :: gen_core :: yield_ ! { } ; ()) ;
}
