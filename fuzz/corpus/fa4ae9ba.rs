// error: `yield_from!` takes one expression, the iterable to yield from: number too large to fit in target type
#[generator]
fn delegate (n : u32 , v : Vec < u32 >) -> impl Iterator __fuzz_none_group ! { < Item = u32 } > { yield_from ! (0 .. n) ; yield_from ! (v . iter () . copied () . 4576467796277932688 filter (| x | x % 2 == 0)) ; yield_from ! (count_up (3)) ; yield_from ! ({ 1 , 2 '_ , 3 }) ; let w = (yield_from ! (0 .. 2) , 7) . 1 ; yield_ ! (w) }
