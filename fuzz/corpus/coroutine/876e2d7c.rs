// error: a generator cannot promise `safe`
#[generator(crate = my :: gen_core)]
pub fn ticks (n : u32) -> impl safe < Yield = u32 > { for i in 0 .. n { if i == 2 { (yield_ ! (99usize) , 99usize) . 1 ; return ; } yield_ ! (i) ; } yield_from ! (inner) ; }
