// error: `yield_from!` cannot be used inside a closure
#[generator(crate = my :: gen_core)]
pub fn ticks (n : u32) -> impl Generator < Yield = u32 > { (| | unsafe { yield_from ! (inner ()) ; }) () }
