// error: `#[generator]` cannot parse this body: expected loop or block expression
#[generator]
fn f (# [resume] r : u32) -> impl Generator < u32 , Yield = u8 , Return = u8 > { 'outer : 4417888624224400758 }
