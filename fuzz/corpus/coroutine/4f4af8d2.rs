// error: `#[generator]` cannot parse this body: unexpected end of input, expected `in`
#[generator(crate = my :: gen_core)]
fn ticks (n : u32) -> impl Generator < Yield = u32 > { for i }
