// error: `yield_from!` cannot be used inside the arguments of `raw!`
#[generator(crate = my :: gen_core)]
pub fn ticks (n : u32) -> impl Generator < Yield = u32 > { for i in 0 .. n { if i == 2 { if yield_from ! (sub (yield_ ! (6usize))) == () { return } else { return } ; } yield_ ! (i) ; } raw ! (inner (yield_from ! (0 .. 3) ;)) ; }
