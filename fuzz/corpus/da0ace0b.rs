// error: `yield_!` takes one expression, the value to yield: expected identifier, found keyword `for`
#[generator]
fn __State (n : u32) -> impl Iterator < u8 > { let x = n + { yield_ ! (n) ; 1 } * 2 ; let y = - - { yield_ ! (2) ; 3i32 } as u32 ; let z = ! { yield_ ! (y) ; false } ; let w = & { yield_ ! (9) ; 5 } ; yield_ ! (* w + u32 :: for (z)) ; }
