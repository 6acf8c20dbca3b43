// error: `#[generator]` cannot parse this body: expected `if` or curly braces
#[generator]
fn g (& self , n : u32 , mut v : Vec < u32 >) -> impl Generator < Yield = u32 , Return = Result < u32 , E >> { return if true { yield_ ! (n) } else ((v as u64) as u32) ; }
