// error: a generator cannot promise `Item`
#[generator(crate = my :: gen_core)]
pub fn ticks (n : u32) -> impl Item < Yield = u32 > { for i in 0 .. n { if i == 2 { return ; } yield_ ! (i) ; } yield_from ! (inner ()) ; }
