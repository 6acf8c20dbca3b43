// error: unknown argument to `#[generator]`
#[generator(x 1.5)]
pub fn ticks (n : u32) -> impl Generator < Yield = u32 > { }
