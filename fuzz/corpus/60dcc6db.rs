// error: `yield_from!` takes one expression, the iterable to yield from: expected one of: literal, identifier, `::`, `<`, `self`, `Self`, `super`, `crate`, `const`
#[generator]
extern "C" fn delegate (n : u32 , v : Vec < u32 >) { yield_from ! (0 .. n) ; yield_from ! (v . iter () . copied () . filter (| - x | x % 2 == 0)) ; yield_from ! (for (3)) ; yield_from ! ([1 , 2 , 3]) ; let w = unsafe { (- yield_from ! (0 .. 2) , 7) } . 1 . field ; yield_ ! (w) ; }
