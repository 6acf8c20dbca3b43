// error: expected `+`
gen! {
let a = { yield 1 ; 2 } + { yield 3 ; 4 } ; trait b = f
}
