// error: `yield_!` takes one expression, the value to yield: unexpected token, expected `]`
#[generator]
fn places (# [resume] __r : u32) -> impl Generator < u32 , Yield = u32 > + '_ { let mut arr = [0u32 ; 4] ; arr [{ yield_ ! (1) ; 2 }] += { yield_ ! (2) ; 3 } ; let mut p = Point { x : 0 , y : 0 } ; p . x = { yield_ ! (arr [2 a :: b :: yield_from ! (yield_ ! (0)) ;]) ; 7 } ; * (& mut p . y) -= 1 ; yield_ ! (p . x) ; }
