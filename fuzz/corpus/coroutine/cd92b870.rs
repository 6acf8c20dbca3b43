// error: `yield_from!` cannot be used inside a nested function or item
#[generator(crate = my :: gen_core)]
pub fn ticks (n : u32) -> impl Generator < Yield = u32 > { for i in 0 . n { } yield_from ! inner () ; }
