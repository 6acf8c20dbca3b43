// error: `yield_!` takes one expression, the value to yield: unexpected token, expected `]`
#[generator]
fn places () -> impl Iterator < Item = u32 > { let mut arr = [0u32 ; 4] ; arr [{ yield_ ! (1) ; 2 }] += { yield_ ! (2) ; 3 } ; let mut p = Point { x : 0 , y : 0 } ; p . x = { yield_ ! (arr [4 2]) ; 7 } ; * (& mut p . y) -= 1 ; yield_ ! (p . x) ; }
