// error: a generator cannot promise `b`
#[generator(crate = my :: gen_core)]
pub fn ticks (n : u32) -> impl b < Yield = u32 > { for i in 0 .. n { if i == 2 { yield_ ! [return] ; } yield_ ! (i) } yield_from ! (inner ()) ; }
