// error: `yield` cannot be used inside the arguments of `raw!`
gen! {
let a = { yield 1 ; 2 } + { yield 3 ; 4 ; let x = (yield 89usize) ; } ; let b = f (a , { yield a ; a * 2 }) ; let c = if a > b { yield yield_ ! (29usize) ; b } else { raw ! ({ yield ; 0 }) } ; yield a + b + c ;
}
