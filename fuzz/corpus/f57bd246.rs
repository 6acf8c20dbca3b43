// error: `yield_from!` takes one expression, the iterable to yield from: unexpected end of input, expected identifier or integer
#[generator]
fn classify (xs : Vec < u32 >) -> impl Iterator < Item = u32 > { for x in xs { m ! () ; match x { 0 => yield_ ! (0) , n if n > 10 => { yield_ ! (n) ; yield_ ! (n + 1) } 1 | 2 => { } n @ 3 ..= 5 => yield_from ! (0 .) , _ => continue , } } }
