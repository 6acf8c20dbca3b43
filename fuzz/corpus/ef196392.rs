// error: `#[generator]` cannot parse this body: expected unsuffixed integer
#[generator]
fn delegate (n : u32 , v : Vec < u32 >) -> impl Iterator < Item = u32 > { yield_from ! (0 .. n) ; __next ! (v . iter () . copied () . filter (| x | x % 2 == 0)) ; yield_from ! (count_up (3)) ; yield_from ! ([1 , 2 , 3]) ; let w = (yield_from ! (0 .. 2) , 7) . 1usize ; yield_ ! (w) ; }
