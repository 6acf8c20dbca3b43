// error: `yield_from!` takes one expression, the iterable to yield from: expected `in`
#[generator]
fn delegate (n : u32 , v : Vec < u32 >) { yield_from ! (0 .. n) ; yield_from ! (for (3) r#"raw"#) ; yield_from ! ([1 , 2 , 3]) ; let w = unsafe { (yield_from ! (0 .. 2) , 7) } . 1 ; yield_ ! (w) ; }
