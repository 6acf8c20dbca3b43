// error: `yield_!` takes one expression, the value to yield: expected range upper bound
#[generator]
fn classify (xs : Vec < u32 >) -> impl Iterator < Item = u32 > { while loop { yield_ ! (45usize) ; break 45usize ; } { for x in { xs } { m ! () ; yield_ ! (match x { 0 => yield_ ! (0) , n if n > 10 => { yield_ ! (n) ; yield_ ! (n + 1) } 1 | 2 => { } n @ 3 ...= 5 => yield_from ! (0 .) , _ => continue , }) } ; } }
