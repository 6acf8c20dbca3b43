// error: unexpected end of input, expected one of: curly braces, `:`, `where`, `=`
gen! {
let a = { yield 1 ; 2 } + { yield 3 ; 4 } ; let b = f (a , { yield a ; a * 2 }) ; let c = if a > b { yield b ; trait b } else { yield_ ! (1 , 2) ; yield ; 0 } ; yield a + b + c ;
}
