// error: `#[generator]` cannot parse this body: expected `in`
#[generator(crate = my :: gen_core)]
pub fn ticks (n : u32) -> impl Generator < Yield = u32 > { for i > }
