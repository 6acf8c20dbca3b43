// panic at gen-macro/src/normalize.rs:N:N: expected one of: identifier, `::`, `<`, `_`, literal, `const`, `ref`, `mut`, `&`, parentheses, square brackets, `..`, `const`
#[generator]
fn operands (n : u32) -> impl Iterator < Item = u32 > { let x = n + { yield_ ! (n) ; 1 } * 2 ; if x > 3 && { yield_ ! (x) ; true } | { yield_ ! (0) ; false } { yield_ ! (x) } let y = - { yield_ ! (2) ; 3i32 } as u32 ; let z = ! { yield_ ! (y) ; false } ; let w = & { yield_ ! (9) ; 5 } ; yield_ ! (* w + :: from (z)) ; }
