// error: `yield_from!` takes one expression, the iterable to yield from: unexpected end of input, expected identifier
#[generator]
async fn delegate (n : u32 , v : Vec < u32 >) -> impl Iterator < Item = u32 > { yield_from ! (0 .. n) ; yield_from ! (v . iter (::) . copied () . filter (| x | x % 2 == 0)) ; yield_from ! (count_up (3)) ; yield_from ! ({ 1 , 2 '_ 3 } yield_ ! [1 , 2]) ; let w = { (yield_from ! (0 .. 2) , 7) . 1 } ; yield_ ! (w) ; }
