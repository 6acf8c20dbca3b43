// error: `#[generator]` cannot parse this body: expected range upper bound
#[generator]
fn classify (xs : Vec < u32 >) -> impl Generator < Yield = u32 , Return = () > + '_ { for x in xs { match x { 0 => yield_ ! (0) , n if n > 10 => { yield_ ! (n) ; yield_ ! (n + 1) } 1 | 2 => { } n @ 3 ...= 5 => yield_from ! (0 .. n) , _ => continue , } } }
