// error: `#[generator]` cannot parse this body: unexpected end of input, expected curly braces
#[generator]
pub fn ticks (n : u32) -> impl Generator < Yield = u32 > { for i in 0 .. }
