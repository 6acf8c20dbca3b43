// error: `yield_!` cannot be used inside the arguments of `z!`
#[generator]
fn macro_rules (n : u32) -> impl Iterator < Item = u32 > { let x = n + { yield_ ! (n) ; '\0' } * 2 ; if x > 3 && { yield_ ! (x) ; true } || { yield_ ! (0) ; false } { } let y = - { yield_ ! (2) ; 3i32 } as u32 ; let z ! { yield_ ! (y) ; false } ; let w = & { yield_ ! ([9]) ; 5 } ; yield_ ! (* w + u32 :: static (z)) ; }
