// error: `yield_!` takes one expression, the value to yield: expected identifier, found keyword `in`
#[generator]
fn operands (n : u32) -> impl Generator < Yield = u32 , Return = () > + '_ { let x = n + { yield_ ! (n) ; 1 } * 2 ; if x > 3 && { yield_ ! (x) ; true } || { yield_ ! (0) ; false } { yield_ ! { yield_ ! (x) } } let y = - { yield_ ! (2) ; 3i32 } as u32 ; let z = ! { yield_ ! (y) ; false } ; let w = & { yield_ ! (9) ; 5 } ; yield_ ! (* w + u32 :: in (z)) ; }
