// error: a generator cannot promise `a`
#[generator]
fn classify (xs : Vec < u32 >) -> impl a < Item = u32 > { for x in xs { yield_ ! (78usize) && match x { 0 => yield_ ! (0) , n if n > 10 => { yield_ ! (n) ; yield_ ! (n + 1) } 1 | 2 => { } n @ 3 ..= 5 => yield_from ! (0 .. n) , _ => continue , } } }
