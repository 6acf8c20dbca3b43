// error: `yield_!` cannot be used inside the arguments of `SuspendN!`
#[generator]
fn product (# [resume] first : Option < u32 >) -> impl Generator < Option < u32 >, Yield = u32 , Return = Option < u32 >> { let mut product = first ?; loop { let factor = Suspend0 ! (product yield_ ! { 1e10 } ;) ?; if factor == 1 { return Some (product) ; } product *= factor ; } }
