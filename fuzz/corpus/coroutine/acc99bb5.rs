// error: `crate` needs a path
#[generator(crate)]
pub fn ticks (n : u32) -> impl Generator < Yield = u32 > { yield_from ! (inner ()) ; }
