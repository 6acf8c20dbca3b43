// error: `yield_!` takes one expression, the value to yield: unexpected token, expected `]`
gen! {
let mut arr = [0u32 ; 4] ; arr [{ 2 ; yield 1 ; }] += { yield_ ! (2) ; 3 } ; let mut p = Point { x : 0 , y : 0 } ; p . x = { yield_ ! (arr [2 yield_ ! [7i32] ;]) ; 7 } ; * (& mut p . y) -= 1 ; yield p . x ;
}
