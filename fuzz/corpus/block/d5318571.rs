// error: `yield_!` takes one expression, the value to yield: expected identifier, found keyword `fn`
gen! {
let x = n + { yield n ; 1 } * 2 ; if x > 3 && { yield x ; true } || { yield 0 ; false } { (yield x) } let y = - { yield_ ! (2) ; 3i32 } as u32 ; let z = ! { yield y ; false } ; let w = & { yield 9 ; 'found : loop { 5 ; break 'found ; } } ; yield_ ! (* w + u32 :: fn (z)) ;
}
