// error: `#[generator]` cannot parse this body: unexpected end of input, expected loop or block expression
#[generator]
fn pairs (# [resume] __r : u32 , n : u32) -> impl Generator < u32 , Yield = (u32 , u32) > { 'outer : }
