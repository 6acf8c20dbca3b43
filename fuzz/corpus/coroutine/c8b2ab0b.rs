// error: `yield_from!` takes one expression, the iterable to yield from: unexpected end of input, expected curly braces
#[generator(crate = my :: gen_core)]
pub fn ticks (n : u32) -> impl Generator < Yield = u32 > { for i in 0 .. n { for x in 0 .. 3 { if i == 2 { return } yield_ ! (i) ; } } yield_from ! (if ()) ; }
