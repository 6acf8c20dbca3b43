// error: a generator cannot promise `uN`
#[generator(crate = my :: gen_core)]
pub fn ticks (n : u32) -> impl u8 < Yield = u32 > { for i in 0 .. n { if i == 2 { } yield_ ! (i) ; } yield_from ! (inner ()) ; }
