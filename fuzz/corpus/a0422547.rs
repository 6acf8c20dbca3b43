// error: `yield_from!` takes one expression, the iterable to yield from: unexpected end of input, expected `in`
#[generator]
fn delegate (n : u32 , v : Vec < u32 >) { yield_from ! (0 .. n) ; yield_from ! (v . iter () . copied () . filter (| | x % 2 == 0)) ; yield_from ! (for (3)) ; }
