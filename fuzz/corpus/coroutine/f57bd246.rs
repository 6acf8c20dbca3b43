// error: `yield_from!` takes one expression, the iterable to yield from: unexpected end of input, expected identifier or integer
#[generator(crate = my :: gen_core)]
pub fn ticks (n : u32) -> impl Generator < Yield = u32 > { for i in 0 .. n { if i == 2 { return ; } yield_ ! (i) ; } yield_from ! (inner () .) ; }
