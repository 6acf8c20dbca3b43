// error: `yield_from!` takes one expression, the iterable to yield from: expected `,` or `;`
#[generator]
fn delegate (n : u32 , v : Vec < u32 >) -> impl Iterator < Item = u32 > { yield_from ! (0 .. n) ; yield_from ! (count_up (3)) ; yield_from ! ([1 1 , 2 , 3]) ; let w = const { (yield_from ! (0 .. 2) , 7) } . 1 ; yield_ ! (w) ; }
