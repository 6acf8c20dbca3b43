// error: `#[generator]` cannot parse this body: expected `=>`
#[generator]
fn tail (n : u8) -> impl Generator < Yield = u8 , Return = u32 > { match n { 0 => { } _ } }
