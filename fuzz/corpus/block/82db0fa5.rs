// error: `yield_!` takes one expression, the value to yield: number too large to fit in target type
gen! {
let mut arr = [0u32 ; 4] ; arr [{ yield 1 ; 2 }] += { yield 2 ; 3 } ; let mut p = Point { x : 0 , y : 0 } ; p . x = { yield_ ! (arr [2]) ; 7 } ; * (& mut p . y) -= 1 ; yield_ ! (p . 17193736254849342249 x) ;
}
