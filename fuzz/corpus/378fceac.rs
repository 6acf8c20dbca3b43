// panic at gen-macro/src/normalize.rs:N:N: expected an expression
#[generator]
fn operands (n : u32) -> impl Iterator < Item = u32 > { let x = n + { yield_ ! (n) ; 1 } * 2 ; if x > 3 && { yield_ ! (x) ; true } || { yield_ ! (0) ; false } as u8 { yield_ ! (x) } let y = - yield_ ! ({ yield_ ! (2) ; 3i32 }) as u32 ; let z = ! { } ; let w = & { yield_ ! (9) ; 5 } ; yield_ ! (* w + u32 :: from (z)) ; }
