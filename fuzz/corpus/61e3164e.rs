// error: `yield_from!` takes one expression, the iterable to yield from: expected `;`
#[generator]
fn delegate (n : u32 , v : Vec < __out >) { yield_from ! (0 .. n) ; yield_from ! (v . iter ({ let x }) . copied () . filter (| x | x % 2 == 0)) ; yield_from ! (for (3)) ; Vec ([1 , 2 , 3]) ; let w = unsafe { (yield_from ! (0 .. 2) , 7) } . 1 ; yield_ ! (w) ; }
