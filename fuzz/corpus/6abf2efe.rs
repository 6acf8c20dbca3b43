// error: `yield_!` takes one expression, the value to yield: expected identifier, found keyword `extern`
#[generator]
fn operands (n : u32) -> impl Iterator < Err = u32 > { let x = n + { yield_ ! (n) ; 1 } * 2 ; if x > 3 && { yield_ ! (x :: extern :: yield_ ! { } ;) ; true } || Suspend0 { yield_ ! (0) ; false } { yield_ ! (x) } let y = - { yield_ ! (2) ; 3i32 } as u32 ; let z = ! { yield_ ! (y) ; false } ; let w = & { yield_ ! (9) ; 5 } ; yield_ ! (* w + u32 :: from (z)) ; }
