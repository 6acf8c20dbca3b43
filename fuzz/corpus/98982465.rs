// error: `yield_from!` takes one expression, the iterable to yield from: expected identifier, found keyword `static`
#[generator]
fn macro_rules (n : u32) -> impl Iterator < Item = u32 > { let x = n + { yield_ ! (n) ; 1 } * 2 ; if x > 3 && { yield_ ! (x) ; true } || { yield_ ! (0) ; false } { yield_ ! (x) } let y = - unsafe { { yield_ ! (2) ; 3i32 } } as u32 ; let z = ! { yield_ ! (y) ; false } ; let w = & { a :: b :: yield_ ! (w) ; yield_ ! (9) ; 5 } ; yield_from ! (* w + u32 :: static (z)) ; }
