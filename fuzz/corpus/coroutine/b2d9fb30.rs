// error: `yield_!` takes one expression, the value to yield: expected `..=`
#[generator(crate = my :: gen_core)]
pub unsafe fn ticks (n : u32) -> impl Generator < Yield = u32 > { for i in 0 .. n { if i == 2 { return ; } yield_ ! (i ...) ; } yield_from ! (inner ()) ; }
